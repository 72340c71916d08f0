/** Type guards in one place, so narrowing a node or edge reads the same everywhere. */
import type { EdgeKind, NodeType } from '../catalog/kinds';
import type { DiagramEdge, DiagramNode } from './types';

export type NodeOf<T extends NodeType> = DiagramNode & { readonly type: T };
export type EdgeOf<K extends EdgeKind> = DiagramEdge & { readonly kind: K };

export function isNodeOf<T extends NodeType>(node: DiagramNode, ...types: readonly T[]): node is NodeOf<T> {
  return (types as readonly NodeType[]).includes(node.type);
}

export function isEdgeOf<K extends EdgeKind>(edge: DiagramEdge, ...kinds: readonly K[]): edge is EdgeOf<K> {
  return (kinds as readonly EdgeKind[]).includes(edge.kind);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
