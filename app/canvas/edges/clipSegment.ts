/**
 * The part of a straight edge inside a region (Liang–Barsky clipping).
 * A dashed stroke costs the software rasteriser in proportion to its whole
 * length, for every tile it touches; a cross-VPC edge can run tens of
 * thousands of diagram units, far past the screen, so the canvas draws only
 * the part near the view (see clipRegion). `offset` is how far along the
 * full line the kept part starts: used as stroke-dashoffset, it keeps the
 * dashes where they were on the whole line, so they do not crawl when the
 * clip moves.
 */
import type { Rect } from '../../../src/model/geometry';

export interface Segment {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
}

export interface ClippedSegment extends Segment {
  /** Distance from the full line's start to the kept part's start. */
  readonly offset: number;
  /** Whether the kept part still ends where the full line does (where its arrowhead goes). */
  readonly endKept: boolean;
}

/** The part of `s` inside `region` (edges included), or undefined when none of it is. */
export function clipSegment(s: Segment, region: Rect): ClippedSegment | undefined {
  const dx = s.tx - s.sx;
  const dy = s.ty - s.sy;
  let t0 = 0;
  let t1 = 1;
  // Each side as p * t <= q: the parameter range of the line on the inner side of that edge.
  const sides: readonly (readonly [number, number])[] = [
    [-dx, s.sx - region.x],
    [dx, region.x + region.width - s.sx],
    [-dy, s.sy - region.y],
    [dy, region.y + region.height - s.sy],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      // Parallel to this side: wholly outside it or not limited by it.
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  if (t0 === 0 && t1 === 1) return { ...s, offset: 0, endKept: true };
  return {
    sx: s.sx + dx * t0,
    sy: s.sy + dy * t0,
    tx: t1 === 1 ? s.tx : s.sx + dx * t1,
    ty: t1 === 1 ? s.ty : s.sy + dy * t1,
    offset: Math.hypot(dx, dy) * t0,
    endKept: t1 === 1,
  };
}
