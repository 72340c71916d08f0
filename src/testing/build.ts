/**
 * Terse diagram builders for tests: `diagram(node('db', 'rds', { parent: 's1' }), edge(...))`.
 * Test-only; the app and the reader never use them.
 */
import type { EdgeKind, NodeType } from '../catalog/kinds';
import type { Diagram, DiagramEdge, DiagramNode, PropValue, Suppression } from '../model/types';

type Props = Readonly<Record<string, PropValue>>;

export interface NodeOptions {
  readonly parent?: string;
  readonly label?: string;
  readonly props?: Props;
  readonly position?: { x: number; y: number };
}

export function node(id: string, type: NodeType, options: NodeOptions = {}): DiagramNode {
  return {
    id,
    type,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(options.parent === undefined ? {} : { parent: options.parent }),
    ...(options.position === undefined ? {} : { position: options.position }),
    ...(options.props === undefined ? {} : { props: options.props }),
  };
}

export function edge(id: string, kind: EdgeKind, source: string, target: string, props?: Props): DiagramEdge {
  return { id, kind, source, target, ...(props === undefined ? {} : { props }) };
}

export function diagram(...items: readonly (DiagramNode | DiagramEdge | Suppression)[]): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const suppressions: Suppression[] = [];
  for (const item of items) {
    if ('type' in item) nodes.push(item);
    else if ('kind' in item) edges.push(item);
    else suppressions.push(item);
  }
  return {
    format: 'ramparts-diagram',
    version: 1,
    nodes,
    edges,
    ...(suppressions.length > 0 ? { suppressions } : {}),
  };
}

/** Replace or add nodes/edges by id in an existing diagram (for "break one thing" tests). */
export function withItems(base: Diagram, ...items: readonly (DiagramNode | DiagramEdge)[]): Diagram {
  let nodes = [...base.nodes];
  let edges = [...base.edges];
  for (const item of items) {
    if ('type' in item) {
      const i = nodes.findIndex((n) => n.id === item.id);
      if (i >= 0) nodes[i] = item;
      else nodes = [...nodes, item];
    } else {
      const i = edges.findIndex((e) => e.id === item.id);
      if (i >= 0) edges[i] = item;
      else edges = [...edges, item];
    }
  }
  return { ...base, nodes, edges };
}

/** Drop nodes or edges by id (no cascade: tests say exactly what they remove). */
export function without(base: Diagram, ...ids: readonly string[]): Diagram {
  const drop = new Set(ids);
  return { ...base, nodes: base.nodes.filter((n) => !drop.has(n.id)), edges: base.edges.filter((e) => !drop.has(e.id)) };
}
