/**
 * The element the lines of a dragged node's edges are drawn in while it
 * moves (movingLines says why): an SVG in the viewport, above the
 * containers and below the still lines (index.css).
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { setMovingLayer } from './movingLines';

export const MovingLinesLayer = memo(function MovingLinesLayer() {
  return (
    <ViewportPortal>
      <svg ref={setMovingLayer} className="moving-lines" aria-hidden="true" data-testid="moving-lines" />
    </ViewportPortal>
  );
});
