/**
 * Close up, the edge layer (EdgeLayer) strokes the edges too: React Flow
 * wraps each edge in an <svg> of its own, and at 100% on a 1,000-node design
 * some 230 of them, each reaching a screen past the view, were repainted on
 * every frame of a pan (traced: a pan frame 32-37 ms of main-thread time).
 * With the strokes in the layer's few paths, React Flow's edges keep only
 * their hidden aim path and their label.
 * An edge's share here is the part of it near the view (clipSegment), cut
 * into pieces that each start a whole number of dash periods from the
 * edge's source: a path restarts its dash pattern at every "M", so pieces
 * of many edges can share one path (and one stroke-dasharray) and still
 * draw each edge's dashes where its whole line would have them, without a
 * seam and without crawling when the clip moves. Each dashed piece (about
 * 512 px) is a path of its own: Skia dashes a single line quickly, but a
 * path of several lines it dashes whole, and strokes every dash as a shape,
 * for every raster tile the path's box touches (tried: one path of a kind's
 * pieces per 1,024 px cell made pan frames take 2 s). Solid pieces are
 * grouped by the cell their midpoint lies in.
 */
import type { EdgeKind } from '../../../src/catalog/kinds';
import type { ClipRegion } from './clipRegion';
import { clipSegment, type Segment as Line } from './clipSegment';
import { dashCut } from './dashPieces';
import { EDGE_LOOK } from './edgeStyle';
import { fixed, type Segment } from './overviewPaths';

/** Longest piece, in screen pixels at the region's zoom (a few 256 px raster tiles). */
const PIECE_PX = 512;
/** Grouping cell, in screen pixels at the region's zoom. */
const CELL_PX = 1024;
/**
 * The canvas's arrowhead markers (EdgeMarkers) in stroke widths: a 10-unit
 * triangle drawn 7 stroke widths long and wide, its point 0.7 of a width
 * past the line's end (refX 9 of 10).
 */
const ARROW_BACK = 6.3;
const ARROW_TIP = 0.7;
const ARROW_HALF_WIDTH = 3.5;

/** The pieces of one edge, from `ends` (its whole line), that the layer draws for `region` (undefined: not yet known, all of it). */
export function closeUpSegments(id: string, ends: Line, kind: EdgeKind, region: ClipRegion | undefined): readonly Segment[] {
  const line = region === undefined ? { ...ends, offset: 0, endKept: true } : clipSegment(ends, region);
  if (line === undefined) return [];
  const zoom = region?.zoom ?? 1;
  const look = EDGE_LOOK[kind];
  const dx = ends.tx - ends.sx;
  const dy = ends.ty - ends.sy;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [];
  const ux = dx / length;
  const uy = dy / length;
  const at = (d: number) => ({ x: ends.sx + ux * d, y: ends.sy + uy * d });
  const from = line.offset;
  const to = from + Math.hypot(line.tx - line.sx, line.ty - line.sy);
  const period = dashCut(look.dash)?.period;
  // A solid line is one piece; a dashed one starts at a whole number of steps (each whole periods) from the source.
  const step = period === undefined ? Infinity : Math.max(1, Math.round(PIECE_PX / zoom / period)) * period;
  const cell = CELL_PX / zoom;
  const segments: Segment[] = [];
  let start = period === undefined ? from : Math.floor(from / step) * step;
  while (start < to) {
    const end = Math.min(start + step, to);
    const a = period === undefined ? { x: line.sx, y: line.sy } : at(start);
    const b = end === to ? { x: line.tx, y: line.ty } : at(end);
    const last = end === to && line.endKept;
    segments.push({
      line: `M${fixed(a.x)} ${fixed(a.y)}L${fixed(b.x)} ${fixed(b.y)}`,
      arrow: last ? arrowAt(b.x, b.y, ux, uy, look.width) : '',
      // A dashed piece is alone in its group, named by its edge and its place along it.
      cell: period === undefined ? `${Math.floor((a.x + b.x) / 2 / cell)},${Math.floor((a.y + b.y) / 2 / cell)}` : `${id}#${Math.round(start / step)}`,
    });
    start = end;
  }
  return segments;
}

/** The arrowhead of a line ending at (x, y) in direction (ux, uy), drawn with stroke width w. */
function arrowAt(x: number, y: number, ux: number, uy: number, w: number): string {
  const tx = x + ux * ARROW_TIP * w;
  const ty = y + uy * ARROW_TIP * w;
  const bx = x - ux * ARROW_BACK * w;
  const by = y - uy * ARROW_BACK * w;
  const h = ARROW_HALF_WIDTH * w;
  return `M${fixed(tx)} ${fixed(ty)}L${fixed(bx - uy * h)} ${fixed(by + ux * h)}L${fixed(bx + uy * h)} ${fixed(by - ux * h)}Z`;
}
