/**
 * The view the canvas mounts at: the document's stored view, or the whole
 * diagram fitted as React Flow's fitView would (FIT_ON_OPEN). Mounting at
 * the final view, rather than at 100% and fitting once mounted, spares a
 * large design a first render of every node and edge in view at 100%, torn
 * down a frame later when the fit zooms out to the overview (half a second
 * of a 1,000-node opening).
 */
import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { diagramBounds } from '../../src/model/geometry';
import type { Diagram } from '../../src/model/types';
import type { ViewportRequest } from '../library/viewportRequest';
import { FIT_ON_OPEN } from './fitOptions';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 3;
const HOME: Viewport = { x: 0, y: 0, zoom: 1 };

export function openingViewport(diagram: Diagram, request: ViewportRequest | undefined, width: number, height: number): Viewport {
  if (request?.viewport !== undefined) return request.viewport;
  const bounds = diagramBounds(diagram);
  if (bounds === undefined || width <= 0 || height <= 0) return HOME;
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_ON_OPEN.maxZoom, FIT_ON_OPEN.padding);
}
