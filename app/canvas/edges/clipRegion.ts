/**
 * The region edges are clipped to (clipSegment): the view grown by at least
 * one screen on every side, on a grid, so that panning re-renders the edges
 * only when the view crosses a grid line (about once a screen), not every
 * frame. The grid's cell is one screen at the zoom rounded down to a power of
 * two, so zooming re-clips only when it crosses a power of two. The key is a
 * string, compared by value in an edge's store selection (useEdgeView), so
 * React Flow's store changes re-render an edge only when the region changes.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { Rect } from '../../../src/model/geometry';

export interface ClipRegion extends Rect {
  /** The zoom rounded down to a power of two: what the region was sized for. */
  readonly zoom: number;
}

type ViewState = Pick<ReactFlowState, 'transform' | 'width' | 'height'>;

/** Every mounted edge runs the selector on every pan step: the key is worked out once per step. */
let last: { readonly state: ViewState; readonly key: string } | undefined;

/** Encoded as "x y width height zoom", or '' before React Flow knows its size (then nothing is clipped). */
export function regionKey(s: ViewState): string {
  if (last !== undefined && last.state.transform === s.transform && last.state.width === s.width && last.state.height === s.height) return last.key;
  const key = keyOf(s);
  last = { state: { transform: s.transform, width: s.width, height: s.height }, key };
  return key;
}

function keyOf(s: ViewState): string {
  const [x, y, zoom] = s.transform;
  if (!(s.width > 0 && s.height > 0 && zoom > 0)) return '';
  const step = 2 ** Math.floor(Math.log2(zoom));
  // A cell is at least as big as the view (zoom >= step), so the view lies within cells i..i+1, j..j+1.
  const cw = s.width / step;
  const ch = s.height / step;
  const i = Math.floor(-x / zoom / cw);
  const j = Math.floor(-y / zoom / ch);
  // Cells i-1 .. i+2 (and j-1 .. j+2): at least one cell, hence one screen, on each side of the view.
  return `${(i - 1) * cw} ${(j - 1) * ch} ${4 * cw} ${4 * ch} ${step}`;
}

export function regionOf(key: string): ClipRegion | undefined {
  if (key === '') return undefined;
  const [x = 0, y = 0, width = 0, height = 0, zoom = 1] = key.split(' ').map(Number);
  return { x, y, width, height, zoom };
}
