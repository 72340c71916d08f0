/**
 * Level of detail: below this zoom a 12 px label is under 4 px on screen, a
 * grey smudge that still costs layout and paint for every element on a
 * 1,000-node design. Zoomed out that far, node labels are hidden and edge
 * labels not rendered (nodes keep their icons, finding badges and outlines;
 * edges their lines, red when in error).
 * The selector returns a boolean, so zooming re-renders nothing until the
 * threshold is crossed.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

export const ZOOMED_OUT_BELOW = 0.3;

/** The selector, for a component that reads it with other parts of the store (an edge: useEdgeView). */
export const isZoomedOut = (s: Pick<ReactFlowState, 'transform'>) => s.transform[2] < ZOOMED_OUT_BELOW;

export function useZoomedOut(): boolean {
  return useStore(isZoomedOut);
}
