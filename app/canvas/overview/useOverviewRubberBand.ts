/**
 * A rubber band drawn while zoomed out selects the nodes the overview draws
 * too. React Flow's selection box only looks at the nodes it mounts; this
 * watches the same box and adds the hidden nodes wholly inside it (React
 * Flow's default, SelectionMode.Full) and their edges. Once selected they
 * are mounted, so React Flow's own box takes them over (and drops them
 * again if the box shrinks past them).
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { setSelection } from '../../store/editorActions';
import { useEditor } from '../../store/editorStore';
import type { DiagramFlowNode } from '../flowAdapter';

export function useOverviewRubberBand(): void {
  const store = useStoreApi<DiagramFlowNode>();
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        const box = state.userSelectionRect;
        if (box === null || box === prev.userSelectionRect || !state.userSelectionActive) return;
        const [tx, ty, zoom] = state.transform;
        const x0 = (box.x - tx) / zoom;
        const y0 = (box.y - ty) / zoom;
        const x1 = x0 + box.width / zoom;
        const y1 = y0 + box.height / zoom;
        const inside: string[] = [];
        for (const node of state.nodeLookup.values()) {
          if (node.hidden !== true) continue;
          const { x, y } = node.internals.positionAbsolute;
          const right = x + (node.measured.width ?? 0);
          const bottom = y + (node.measured.height ?? 0);
          if (x >= x0 && y >= y0 && right <= x1 && bottom <= y1) inside.push(node.id);
        }
        if (inside.length === 0) return;
        const ids = new Set(inside);
        const { selection, diagram } = useEditor.getState();
        const next = new Set(selection);
        for (const id of inside) next.add(id);
        for (const edge of diagram.edges) if (ids.has(edge.source) || ids.has(edge.target)) next.add(edge.id);
        if (next.size !== selection.length) setSelection([...next]);
      }),
    [store],
  );
}
