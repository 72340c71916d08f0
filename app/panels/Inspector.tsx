/**
 * The right sidebar: settings of what is selected. Nothing selected shows
 * the diagram; one node or connection its fields, generated from the
 * catalog; several, a count and Delete. In read-only mode everything is
 * shown and nothing can change.
 */
import { useDeferredValue, useRef } from 'react';
import type { DiagramNode } from '../../src/model/types';
import { useEditor } from '../store/editorStore';
import { DiagramSummary } from './inspector/DiagramSummary';
import { EdgeInspector } from './inspector/EdgeInspector';
import { guardFieldKeys } from './inspector/keyGuard';
import { MultiSelection } from './inspector/MultiSelection';
import { NodeInspector } from './inspector/NodeInspector';

export function Inspector() {
  // Deferred: a press on a node selects it and starts a drag at once; the fields of what was selected
  // (a first render of every control, some 30 ms for a database) follow in a render React can interrupt,
  // rather than in the press's own task.
  const selection = useDeferredValue(useEditor((s) => s.selection));
  const only = selection.length === 1 ? selection[0] : undefined;
  const node = useShownNode(useEditor((s) => (only === undefined ? undefined : s.diagram.nodes.find((n) => n.id === only))));
  const edge = useEditor((s) => (only === undefined || node !== undefined ? undefined : s.diagram.edges.find((e) => e.id === only)));

  let body;
  if (selection.length > 1) body = <MultiSelection ids={selection} />;
  else if (node !== undefined) body = <NodeInspector key={node.id} node={node} />;
  else if (edge !== undefined) body = <EdgeInspector key={edge.id} edge={edge} />;
  else body = <DiagramSummary />;

  return (
    // The side panel around it sets the width, border and scrolling.
    <section aria-label="Inspector" data-testid="inspector" className="pb-6 text-[13px] text-slate-900 dark:text-slate-100" onKeyDown={guardFieldKeys}>
      {body}
    </section>
  );
}

/**
 * The node as the inspector shows it. Its place and size are not among the
 * fields, so while only they change (each step of a drag or a resize, the
 * node selected) the object last shown is kept, and the memoized fields are
 * not all rendered and compared again on every step. Edits go by id, so
 * none reads the place kept here.
 */
function useShownNode(node: DiagramNode | undefined): DiagramNode | undefined {
  const shown = useRef(node);
  if (node === undefined || shown.current === undefined || !sameApartFromPlace(shown.current, node)) shown.current = node;
  return shown.current;
}

function sameApartFromPlace(a: DiagramNode, b: DiagramNode): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (k !== 'position' && k !== 'size' && a[k as keyof DiagramNode] !== b[k as keyof DiagramNode]) return false;
  return true;
}
