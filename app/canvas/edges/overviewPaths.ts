/**
 * The geometry of the zoomed-out edge layer (EdgeOverview): every edge of a
 * kind, in one state, becomes part of one path, so a 1,500-edge design is
 * drawn with a few dozen SVG elements instead of 1,500 React Flow edges
 * (each its own <svg>, with store subscriptions that React Flow evaluates on
 * every step of a drag). Arrowheads are small triangles in a second, filled
 * path: a marker would only be drawn at the end of the whole path.
 * Edges are also grouped by where their midpoint lies (cells of CELL diagram
 * units): a drag step then changes the few paths near the dragged node, and
 * Chromium repaints and rasterises those, not one path spanning the diagram.
 * No dashes: at this zoom a dash is under two pixels, and dashing thousands
 * of lines is the costliest thing to rasterise; kinds keep their colours.
 */
import { EDGE_KINDS, type EdgeKind } from '../../../src/catalog/kinds';
import { sameItems } from '../sameItems';

export interface EdgeEnds {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
}

export interface OverviewEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
}

export interface OverviewGroup {
  /** Stable across renders while the edges stay in their cells (a React key). */
  readonly key: string;
  readonly kind: EdgeKind;
  /** Drawn red: the edge has an error finding. */
  readonly alert: boolean;
  /** "M sx sy L tx ty" for each edge. */
  readonly lines: string;
  /** A closed triangle at each edge's target. */
  readonly arrows: string;
  /** What the paths were joined from, in order: a later call with the same segments reuses this group whole. */
  readonly segments: readonly Segment[];
}

/** Arrowhead length and half-width, in diagram units (the canvas markers' size at the width they are drawn). */
const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 4.5;
/** Grouping cell size, in diagram units: about a screen's width at the 30% zoom where the overview starts. */
const CELL = 4000;

/** One decimal: the path strings stay short and the error is far below a pixel at any zoom this layer is used at. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** One edge's share of the overview: its line, its arrowhead and the cell its midpoint lies in. */
export interface Segment {
  readonly line: string;
  readonly arrow: string;
  readonly cell: string;
}

export function segmentOf({ sx, sy, tx, ty }: EdgeEnds): Segment {
  const line = `M${n(sx)} ${n(sy)}L${n(tx)} ${n(ty)}`;
  const cell = `${Math.floor((sx + tx) / 2 / CELL)},${Math.floor((sy + ty) / 2 / CELL)}`;
  const len = Math.hypot(tx - sx, ty - sy);
  if (len <= ARROW_LENGTH) return { line, arrow: '', cell };
  const ux = (tx - sx) / len;
  const uy = (ty - sy) / len;
  const bx = tx - ux * ARROW_LENGTH;
  const by = ty - uy * ARROW_LENGTH;
  const arrow = `M${n(tx)} ${n(ty)}L${n(bx - uy * ARROW_HALF_WIDTH)} ${n(by + ux * ARROW_HALF_WIDTH)}L${n(bx + uy * ARROW_HALF_WIDTH)} ${n(by - ux * ARROW_HALF_WIDTH)}Z`;
  return { line, arrow, cell };
}

/**
 * Groups by kind, alert state and cell, in a fixed order (as first met,
 * plain before alert), so the same diagram gives the same paths. Edges
 * whose segment is unknown (a node not measured yet) are left out. The
 * caller may cache segments per edge (EdgeOverview does, by node object):
 * during a drag only the dragged node's edges change. Given the groups of
 * the call before, a group whose segments are the same objects in the same
 * order is that group again, paths and all: a layout moving a slice of a
 * large design a frame re-joined every path of the layer each frame (some
 * 12 of the 60 MB a 1,000-node layout allocated on the main thread), and
 * React compared each new string with the old one character by character.
 */
export function overviewPaths(
  edges: readonly OverviewEdge[],
  segment: (edge: OverviewEdge) => Segment | undefined,
  isAlert: (id: string) => boolean,
  previous: readonly OverviewGroup[] = [],
): OverviewGroup[] {
  // By kind and state, then by cell: no key string is built per edge.
  const byLook = new Map<string, Map<string, Draft>>();
  const drafts: Draft[] = [];
  for (const edge of edges) {
    const seg = segment(edge);
    if (seg === undefined) continue;
    const alert = isAlert(edge.id);
    const look = alert ? ALERT_LOOK[edge.kind] : edge.kind;
    let cells = byLook.get(look);
    if (cells === undefined) {
      cells = new Map();
      byLook.set(look, cells);
    }
    let draft = cells.get(seg.cell);
    if (draft === undefined) {
      draft = { key: `${look}@${seg.cell}`, kind: edge.kind, alert, segments: [] };
      cells.set(seg.cell, draft);
      drafts.push(draft);
    }
    draft.segments.push(seg);
  }
  const before = new Map(previous.map((g) => [g.key, g]));
  return drafts
    .sort((a, b) => Number(a.alert) - Number(b.alert))
    .map((d) => {
      const old = before.get(d.key);
      if (old !== undefined && sameItems(old.segments, d.segments)) return old;
      return { ...d, lines: d.segments.map((g) => g.line).join(''), arrows: d.segments.map((g) => g.arrow).join('') };
    });
}

interface Draft {
  readonly key: string;
  readonly kind: EdgeKind;
  readonly alert: boolean;
  readonly segments: Segment[];
}

/** A kind's key when its edges are drawn red (a kind's own name is its key otherwise). */
const ALERT_LOOK = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, `${kind}!`])) as Record<EdgeKind, string>;
