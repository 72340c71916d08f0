/**
 * A document was opened and the canvas should show it as it was left: its
 * stored viewport, or the whole diagram when none is stored. The request
 * waits here until the canvas is mounted (useViewportSync applies it).
 */
import type { Viewport } from '../../src/model/types';

export interface ViewportRequest {
  readonly id: string | undefined;
  readonly viewport: Viewport | undefined;
}

let request: ViewportRequest | undefined;
const listeners = new Set<() => void>();

export function requestViewport(id: string | undefined, viewport: Viewport | undefined): void {
  request = { id, viewport };
  for (const listener of listeners) listener();
}

/** Takes the waiting request, if any. */
export function takeViewportRequest(): ViewportRequest | undefined {
  const r = request;
  request = undefined;
  return r;
}

/** The waiting request, left waiting (the canvas mounts at the view it asks for; useViewportSync then takes it). */
export function pendingViewportRequest(): ViewportRequest | undefined {
  return request;
}

export function viewportRequested(): boolean {
  return request !== undefined;
}

export function onViewportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
