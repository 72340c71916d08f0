/**
 * While the pane of a large design is dragged, React Flow is handed only the
 * edges that must stay live (the selected ones and the exposure path) and
 * PanLines draws the rest on one canvas: each React Flow edge is an SVG of
 * its own, painted and rasterised again on every frame of a pan, and React
 * Flow mounts and unmounts them as they cross the view's border. Traced at
 * 100% on the 1,000-node design (468 edges in view), those were most of a
 * pan frame: a 2 s pan drew 80-95 frames, p95 interval 33-50 ms; with the
 * canvas 119-122 frames, p95 16.7 ms.
 * When the drag ends the edges are handed back a slice a frame (mounting
 * all of them at once was one 80 ms task), and the canvas stays until the
 * last slice is in. Their labels are away for the pan: they are the edges'.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { DiagramFlowEdge } from '../flowAdapter';
import { splitEdges } from '../edgeLevels';
import type { OverviewEdge } from './overviewPaths';

/** Edges handed back to React Flow per frame after a pan (of the whole list; it mounts those in view). */
const EDGES_BACK_PER_FRAME = 300;

const paneDragging = (s: ReactFlowState) => s.paneDragging;

export interface PanEdges {
  /** What React Flow draws. */
  readonly flow: DiagramFlowEdge[];
  /** What the canvas draws, while a pan lasts and its edges are handed back; undefined otherwise. */
  readonly lines: readonly OverviewEdge[] | undefined;
}

/**
 * `edges`: every edge, as React Flow draws them close up; `enabled`: the design is large and the view is
 * not zoomed out (where the overview layer already draws the edges).
 */
export function usePanLines(edges: DiagramFlowEdge[], exposure: ReadonlySet<string>, enabled: boolean): PanEdges {
  const dragging = useStore(paneDragging) && enabled;
  // How many edges (of `edges`, in order) are back with React Flow since the last pan ended; undefined when none is coming back.
  const [back, setBack] = useState<number>();
  const [wasDragging, setWasDragging] = useState(dragging);
  if (dragging !== wasDragging) {
    // Adjusted while rendering (React's pattern for state that follows a prop), so the first frame of a pan already has the canvas.
    setWasDragging(dragging);
    setBack(dragging ? undefined : 0);
  }
  // Split only while a pan or its hand-back lasts: a drag step changes `edges`.
  const active = dragging || (enabled && back !== undefined);
  const split = useMemo(() => (active ? splitEdges(edges, true, exposure) : undefined), [active, edges, exposure]);
  const returning = split !== undefined && back !== undefined && back < edges.length ? back : undefined;
  useEffect(() => {
    if (back === undefined) return;
    if (returning === undefined) {
      setBack(undefined);
      return;
    }
    const frame = requestAnimationFrame(() => setBack(returning + EDGES_BACK_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [back, returning]);
  const flow = useMemo(() => {
    if (split === undefined || returning === undefined) return undefined;
    const live = new Set(split.flow);
    return edges.filter((e, i) => i < returning || live.has(e));
  }, [edges, split, returning]);
  if (split === undefined) return { flow: edges, lines: undefined };
  if (dragging) return { flow: split.flow, lines: split.overview };
  if (flow !== undefined) return { flow, lines: split.overview };
  return { flow: edges, lines: undefined };
}
