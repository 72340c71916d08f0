/**
 * What the minimap draws, worked out from the diagram rather than from React
 * Flow's nodes: the containers, one path per nesting level (drawn in that
 * order, translucent, so a subnet shows darker inside its VPC), and the
 * resources in one path. React Flow's own minimap is a component per node,
 * each with a store subscription, and works out the bounds of every node, on
 * every update of its store: on a 1,000-node design that was a thousand
 * selectors and a pass over the nodes several times a frame while panning,
 * though the minimap only needs its viewport rectangle moved.
 */
import { absoluteRect, boundsOf, depthOf, isContainerType, lookupOf, type Rect } from '../../../src/model/geometry';
import type { DiagramNode } from '../../../src/model/types';

export interface MinimapShapes {
  /** Container outlines by nesting level, outermost first ("M x y h w v h h -w z" per box). */
  readonly containers: readonly string[];
  readonly resources: string;
  /** Where the nodes lie on the canvas (undefined when there are none). */
  readonly bounds: Rect | undefined;
}

/** Rounded to whole canvas units: the minimap shows a 1,000-node design in 200 px. */
const box = (r: Rect) => `M${Math.round(r.x)} ${Math.round(r.y)}h${Math.round(r.width)}v${Math.round(r.height)}h${-Math.round(r.width)}z`;

export function minimapShapes(nodes: readonly DiagramNode[]): MinimapShapes {
  if (nodes.length === 0) return { containers: [], resources: '', bounds: undefined };
  const lookup = lookupOf({ nodes });
  const levels: string[][] = [];
  const resources: string[] = [];
  const rects: Rect[] = [];
  for (const node of nodes) {
    const rect = absoluteRect(node, lookup);
    rects.push(rect);
    if (!isContainerType(node.type)) resources.push(box(rect));
    else (levels[depthOf(node, lookup)] ??= []).push(box(rect));
  }
  return { containers: levels.filter((l) => l !== undefined).map((l) => l.join('')), resources: resources.join(''), bounds: boundsOf(rects) };
}

export interface MinimapFrame {
  /** The SVG's viewBox: the nodes and the view, centred, with a margin. */
  readonly viewBox: Rect;
  /** Canvas units per minimap pixel (what a drag on the minimap is scaled by). */
  readonly scale: number;
  /** Everything but the view, shaded (even-odd fill). */
  readonly mask: string;
}

/** Margin around the content, in minimap pixels (as React Flow's minimap). */
const OFFSET_PX = 5;

/**
 * The minimap's frame for a view (the visible part of the canvas, in canvas
 * units) over the nodes' bounds, in a minimap of `width` × `height` pixels.
 */
export function minimapFrame(bounds: Rect | undefined, view: Rect, width: number, height: number): MinimapFrame {
  const all = bounds === undefined ? view : boundsOf([bounds, view]);
  const scale = Math.max(all.width / width, all.height / height) || 1;
  const offset = OFFSET_PX * scale;
  const w = scale * width;
  const h = scale * height;
  const x = all.x - (w - all.width) / 2 - offset;
  const y = all.y - (h - all.height) / 2 - offset;
  const viewBox = { x, y, width: w + 2 * offset, height: h + 2 * offset };
  const mask =
    `M${x - offset},${y - offset}h${viewBox.width + 2 * offset}v${viewBox.height + 2 * offset}h${-viewBox.width - 2 * offset}z` +
    `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return { viewBox, scale, mask };
}
