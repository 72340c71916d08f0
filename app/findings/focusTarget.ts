/** Selecting a finding's target and bringing it to the middle of the view. */
import type { ReactFlowInstance } from '@xyflow/react';
import { absoluteRect, centerOf, lookupOf } from '../../src/model/geometry';
import type { FindingTarget } from '../../src/rules/types';
import { setSelection } from '../store/editorActions';
import { useEditor } from '../store/editorStore';

export function focusTarget(flow: Pick<ReactFlowInstance, 'setCenter' | 'getZoom'>, target: FindingTarget): void {
  if (target.kind === 'diagram') return;
  const diagram = useEditor.getState().diagram;
  const lookup = lookupOf(diagram);
  let point: { x: number; y: number } | undefined;
  const node = lookup(target.id);
  if (node !== undefined) point = centerOf(absoluteRect(node, lookup));
  else {
    const edge = diagram.edges.find((e) => e.id === target.id);
    const s = edge === undefined ? undefined : lookup(edge.source);
    const t = edge === undefined ? undefined : lookup(edge.target);
    if (s !== undefined && t !== undefined) {
      const a = centerOf(absoluteRect(s, lookup));
      const b = centerOf(absoluteRect(t, lookup));
      point = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  if (point === undefined) return;
  setSelection([target.id]);
  void flow.setCenter(point.x, point.y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
}
