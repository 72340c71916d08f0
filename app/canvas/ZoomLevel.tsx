/**
 * The zoom as a percentage under the zoom buttons, as draw.io and Excalidraw
 * show it; clicking it returns to 100 %. The selector rounds, so this
 * re-renders only when the shown number changes, not on every wheel tick.
 */
import { ControlButton, useReactFlow, useStore } from '@xyflow/react';
import { memo } from 'react';

export const ZoomLevel = memo(function ZoomLevel() {
  const percent = useStore((s) => Math.round(s.transform[2] * 100));
  const flow = useReactFlow();
  return (
    <ControlButton onClick={() => void flow.zoomTo(1, { duration: 200 })} title={`Zoom ${percent}%: click for 100%`} aria-label={`Zoom ${percent}%, reset to 100%`} data-testid="zoom-level" className="zoom-level">
      <span className="text-[10px] font-medium tabular-nums">{percent}%</span>
    </ControlButton>
  );
});
