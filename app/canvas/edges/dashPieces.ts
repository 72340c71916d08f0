/**
 * A dashed line cut into short pieces, each drawn as its own <path>.
 * Skia culls the dashes of a line to the tile being rasterised only when the
 * line is horizontal or vertical; for any other slant it dashes the whole
 * path for every 256 px tile the path's bounding box touches, so a long
 * slanted dashed edge costs (tiles touched) x (length). Pieces a few hundred
 * pixels long each touch a few tiles, and a tile replays only the pieces
 * whose boxes reach it. The cuts fall in the middle of a gap of the dash
 * pattern, at fixed distances from the line's start, so the pieces together
 * draw exactly the dashes the whole line would (no seam, no crawl) and a
 * piece keeps its key when the clip region moves.
 */
import type { ClippedSegment, Segment } from './clipSegment';

export interface DashPiece extends Segment {
  /** Which piece of the whole line this is, counted from its start: stable while the line does not change. */
  readonly key: number;
  /** stroke-dashoffset: the piece's distance from the whole line's start. */
  readonly offset: number;
}

/** Length of one repeat of an SVG dash array and where in it a cut falls in a gap; undefined for a solid line. */
export function dashCut(dash: string | undefined): { readonly period: number; readonly at: number } | undefined {
  if (dash === undefined) return undefined;
  const parts = dash.split(/[\s,]+/).filter((p) => p !== '').map(Number);
  if (parts.length === 0 || parts.some((p) => !(p >= 0))) return undefined;
  // SVG repeats an odd-length list to make it even, so that dashes and gaps alternate.
  const even = parts.length % 2 === 1 ? [...parts, ...parts] : parts;
  const period = even.reduce((a, b) => a + b, 0);
  const lastGap = even[even.length - 1]!;
  if (period <= 0 || lastGap <= 0) return undefined;
  return { period, at: period - lastGap / 2 };
}

/**
 * `line` cut at about every `maxLength` (rounded to whole periods of `dash`),
 * each piece with its own dash offset. A solid line, or one shorter than a
 * piece, comes back whole.
 */
export function dashPieces(line: ClippedSegment, dash: string | undefined, maxLength: number): readonly DashPiece[] {
  const dx = line.tx - line.sx;
  const dy = line.ty - line.sy;
  const length = Math.hypot(dx, dy);
  const cut = dashCut(dash);
  const whole = [{ sx: line.sx, sy: line.sy, tx: line.tx, ty: line.ty, key: 0, offset: line.offset }];
  if (cut === undefined || length <= maxLength) return whole;
  const step = Math.max(1, Math.round(maxLength / cut.period)) * cut.period;
  const start = line.offset;
  const end = start + length;
  // Cuts lie at cut.at + k * step from the whole line's start.
  const first = Math.floor((start - cut.at) / step) + 1;
  const last = Math.ceil((end - cut.at) / step) - 1;
  if (last < first) return whole;
  const pieces: DashPiece[] = [];
  const at = (d: number) => ({ x: line.sx + (dx * (d - start)) / length, y: line.sy + (dy * (d - start)) / length });
  let from = start;
  for (let k = first; k <= last + 1; k++) {
    const to = k <= last ? cut.at + k * step : end;
    const a = from === start ? { x: line.sx, y: line.sy } : at(from);
    const b = to === end ? { x: line.tx, y: line.ty } : at(to);
    pieces.push({ sx: a.x, sy: a.y, tx: b.x, ty: b.y, key: k, offset: from });
    from = to;
  }
  return pieces;
}
