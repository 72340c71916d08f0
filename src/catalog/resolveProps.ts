/**
 * Props with their defaults applied. The diagram stores only what was
 * written (so the writer can stay canonical and unknown props survive); rules
 * and the editor read through these functions. Results are cached per node
 * object, which is safe because diagrams are immutable.
 */
import type { DiagramEdge, DiagramNode } from '../model/types';
import { EDGE_CATALOG, type EdgePropsOf } from './edgeCatalog';
import type { EdgeKind, NodeType } from './kinds';
import { NODE_CATALOG, type NodePropsOf } from './nodeCatalog';
import type { PropSpecs } from './propSpec';

const nodeCache = new WeakMap<DiagramNode, object>();
const edgeCache = new WeakMap<DiagramEdge, object>();

function resolve(specs: PropSpecs, stored: Readonly<Record<string, unknown>> | undefined): object {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) {
    const spec = specs[key]!;
    out[key] = stored !== undefined && Object.hasOwn(stored, key) ? stored[key] : spec.default;
  }
  return out;
}

export function nodeProps<T extends NodeType>(node: DiagramNode & { readonly type: T }): NodePropsOf<T> {
  let cached = nodeCache.get(node);
  if (cached === undefined) {
    cached = resolve(NODE_CATALOG[node.type].props, node.props);
    nodeCache.set(node, cached);
  }
  return cached as NodePropsOf<T>;
}

export function edgeProps<K extends EdgeKind>(edge: DiagramEdge & { readonly kind: K }): EdgePropsOf<K> {
  let cached = edgeCache.get(edge);
  if (cached === undefined) {
    cached = resolve(EDGE_CATALOG[edge.kind].props, edge.props);
    edgeCache.set(edge, cached);
  }
  return cached as EdgePropsOf<K>;
}

/**
 * The address range a flow comes from when its source is outside AWS:
 * the flow's own sourceCidr, else 0.0.0.0/0 for the Internet and the
 * network's cidr for a corporate network. Undefined for other sources.
 */
export function flowSourceCidr(edge: DiagramEdge, source: DiagramNode): string | undefined {
  if (source.type !== 'internet' && source.type !== 'corporate-network') return undefined;
  const stored = edge.props?.['sourceCidr'];
  if (typeof stored === 'string') return stored;
  return defaultSourceCidr(source);
}

export function defaultSourceCidr(source: DiagramNode): string | undefined {
  if (source.type === 'internet') return '0.0.0.0/0';
  if (source.type === 'corporate-network') return nodeProps(source as DiagramNode & { type: 'corporate-network' }).cidr;
  return undefined;
}
