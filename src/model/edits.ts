/**
 * Pure edits: each takes a diagram and returns a new one, leaving the input
 * untouched. The editor's store and the rules' quick fixes both go through
 * these, so an edit means the same whichever button made it.
 */
import { setSafe } from './safeRecord';
import { withDescendants } from './withDescendants';
import type { Diagram, DiagramEdge, DiagramNode, PropValue, StoredProps } from './types';

export function withProps(props: StoredProps | undefined, patch: Readonly<Record<string, PropValue>>): StoredProps {
  const next: Record<string, PropValue> = {};
  if (props !== undefined) for (const key of Object.keys(props)) setSafe(next, key, props[key]!);
  for (const key of Object.keys(patch)) setSafe(next, key, patch[key]!);
  return next;
}

export function updateNode(diagram: Diagram, id: string, update: (node: DiagramNode) => DiagramNode): Diagram {
  let changed = false;
  const nodes = diagram.nodes.map((n) => {
    if (n.id !== id) return n;
    const next = update(n);
    changed ||= next !== n;
    return next;
  });
  return changed ? { ...diagram, nodes } : diagram;
}

export function updateEdge(diagram: Diagram, id: string, update: (edge: DiagramEdge) => DiagramEdge): Diagram {
  let changed = false;
  const edges = diagram.edges.map((e) => {
    if (e.id !== id) return e;
    const next = update(e);
    changed ||= next !== e;
    return next;
  });
  return changed ? { ...diagram, edges } : diagram;
}

export function setNodeProps(diagram: Diagram, id: string, patch: Readonly<Record<string, PropValue>>): Diagram {
  return updateNode(diagram, id, (n) => ({ ...n, props: withProps(n.props, patch) }));
}

export function setEdgeProps(diagram: Diagram, id: string, patch: Readonly<Record<string, PropValue>>): Diagram {
  return updateEdge(diagram, id, (e) => ({ ...e, props: withProps(e.props, patch) }));
}

export function addNode(diagram: Diagram, node: DiagramNode): Diagram {
  // Parents before children: insert right after the parent's subtree start so
  // React Flow and the writer both see the parent first.
  return { ...diagram, nodes: [...diagram.nodes, node] };
}

export function addEdge(diagram: Diagram, edge: DiagramEdge): Diagram {
  return { ...diagram, edges: [...diagram.edges, edge] };
}

/** An id not used by any node or edge: `base`, else `base-2`, `base-3`, ... */
export function freshId(diagram: Diagram, base: string): string {
  const used = new Set<string>();
  for (const n of diagram.nodes) used.add(n.id);
  for (const e of diagram.edges) used.add(e.id);
  const clean = base.replace(/[^A-Za-z0-9_.:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 56) || 'node';
  if (!used.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean}-${i}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Remove nodes (with their descendants), the edges touching them, and suppressions naming any of them. */
export function removeElements(diagram: Diagram, ids: Iterable<string>): Diagram {
  const chosen = [...ids];
  // Edge ids as given; nodes with their descendants, which go with their container.
  const doomed = new Set([...chosen, ...withDescendants(diagram, chosen)]);
  const nodes = diagram.nodes.filter((n) => !doomed.has(n.id));
  const edges = diagram.edges.filter((e) => !doomed.has(e.id) && !doomed.has(e.source) && !doomed.has(e.target));
  const alive = new Set<string>([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
  const suppressions = diagram.suppressions?.filter((s) => alive.has(s.target));
  return {
    ...diagram,
    nodes,
    edges,
    ...(suppressions === undefined ? {} : { suppressions }),
  };
}
