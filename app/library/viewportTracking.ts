/**
 * Which viewport belongs to which document. The canvas shows one document at
 * a time; autosave must only ever pair a document with a viewport seen while
 * that document was on screen.
 */
import type { Viewport } from '../../src/model/types';

let shown: { readonly id: string; readonly viewport: Viewport } | undefined;

/** The viewport last seen for `id`, if the canvas has shown that document since it was opened. */
export function viewportOf(id: string): Viewport | undefined {
  return shown?.id === id ? shown.viewport : undefined;
}

/** Records the canvas viewport for `id`; returns whether it differs from the one known. */
export function recordViewport(id: string, viewport: Viewport): boolean {
  const known = viewportOf(id);
  shown = { id, viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom } };
  return known === undefined || !sameViewport(known, viewport);
}

export function forgetViewport(): void {
  shown = undefined;
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}
