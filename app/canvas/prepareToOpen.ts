/**
 * Work the canvas's first render needs that can be done before it: the
 * overview's icon bitmaps for the diagram it opens on (see iconBitmaps).
 * main.tsx runs it while React has not rendered yet, when the main thread
 * is free; otherwise the canvas renders its frame, waits for the bitmaps,
 * and renders again to draw the nodes.
 */
import type { Diagram } from '../../src/model/types';
import { iconUrlsOf } from './icons';
import { prepareIconBitmaps } from './overview/iconBitmaps';

export function prepareToOpen(diagram: Diagram): Promise<void> {
  return prepareIconBitmaps(iconUrlsOf(diagram.nodes));
}
