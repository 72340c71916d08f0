/**
 * The part of the diagram PanLines draws while the pane is dragged: the view
 * and a margin around it (a quarter of a view on each side), so a pan moves
 * an image already drawn and the canvas is drawn again only when the view
 * leaves it. All in diagram units, except the view's size on screen.
 */
import type { Rect } from '../../../src/model/geometry';

/** React Flow's view: its transform (x, y, zoom) and the pane's size in screen pixels. */
export interface PaneView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

export interface PanArea extends Rect {
  /** The zoom it was made for (the lines' width on screen depends on it). */
  readonly zoom: number;
  /** Device pixels per diagram unit the bitmap is drawn at. */
  readonly scale: number;
}

/** At most this many device pixels in the bitmap (some 24 MB): past it, the lines are drawn at a lower resolution. */
export const MAX_PIXELS = 6_000_000;

/**
 * The margin on each side, in views. Each change to the canvas is copied whole for the compositor
 * (12-20 ms a time at half a view, traced), so the bitmap is kept small and changed seldom.
 */
const MARGIN = 0.25;

/** The part of the diagram `view` shows. */
function shownRect(view: PaneView): Rect {
  return { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
}

/** The area around `view`, at `pixelRatio` device pixels per screen pixel. */
export function panAreaAround(view: PaneView, pixelRatio: number): PanArea {
  const shown = shownRect(view);
  const width = shown.width * (1 + 2 * MARGIN);
  const height = shown.height * (1 + 2 * MARGIN);
  const scale = Math.min(view.zoom * pixelRatio, Math.sqrt(MAX_PIXELS / (width * height)));
  return { x: shown.x - MARGIN * shown.width, y: shown.y - MARGIN * shown.height, width, height, zoom: view.zoom, scale };
}

/** Whether `area` holds all of `view`, at its zoom (after a zoom the lines are drawn again, at their new width). */
export function panAreaCovers(area: PanArea, view: PaneView): boolean {
  if (area.zoom !== view.zoom) return false;
  const shown = shownRect(view);
  return shown.x >= area.x && shown.y >= area.y && shown.x + shown.width <= area.x + area.width && shown.y + shown.height <= area.y + area.height;
}

/**
 * `area` cut for drawing a piece at a time: first the part `view` shows, then the bands above and below
 * it and the parts left and right of it. They cover the area once each; empty pieces are left out.
 * (Drawing the whole area in one task took 36 ms at 100% on the 1,000-node design, traced.)
 */
export function panAreaPieces(area: PanArea, view: PaneView): Rect[] {
  const shown = shownRect(view);
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const left = Math.min(right, Math.max(area.x, shown.x));
  const top = Math.min(bottom, Math.max(area.y, shown.y));
  const viewRight = Math.min(right, Math.max(left, left + shown.width));
  const viewBottom = Math.min(bottom, Math.max(top, top + shown.height));
  const pieces: Rect[] = [
    { x: left, y: top, width: viewRight - left, height: viewBottom - top },
    { x: area.x, y: area.y, width: area.width, height: top - area.y },
    { x: area.x, y: viewBottom, width: area.width, height: bottom - viewBottom },
    { x: area.x, y: top, width: left - area.x, height: viewBottom - top },
    { x: viewRight, y: top, width: right - viewRight, height: viewBottom - top },
  ];
  return pieces.filter((p) => p.width > 0 && p.height > 0);
}
