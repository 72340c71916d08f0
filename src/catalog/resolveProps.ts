/**
 * Props with their defaults applied. The diagram stores only what was
 * written (so the writer can stay canonical and unknown props survive); rules
 * and the editor read through these functions. The editor's nodeProps and
 * edgeProps results are cached per node object, which is safe because
 * diagrams are immutable; the rules read single props with nodeProp and
 * edgeProp, which build and cache nothing.
 */
import type { DiagramEdge, DiagramNode } from '../model/types';
import { EDGE_CATALOG, type EdgePropsOf } from './edgeCatalog';
import type { EdgeKind, NodeType } from './kinds';
import { NODE_CATALOG, type NodePropsOf } from './nodeCatalog';
import type { PropSpecs } from './propSpec';

/**
 * The resolved props are memoised on the node or edge object itself under a
 * private symbol (non-enumerable, so JSON, spreads and equality never see
 * it). A WeakMap lookup cost a fifth of a 1,000-node validation; a property
 * read costs next to nothing. Safe because diagrams are immutable: an edit
 * makes a new object, which starts without the memo.
 */
const RESOLVED = Symbol('ramparts.resolvedProps');
type Memo = { [RESOLVED]?: object };

function memo(target: object, compute: () => object): object {
  const holder = target as Memo;
  const cached = holder[RESOLVED];
  if (cached !== undefined) return cached;
  const value = compute();
  // Frozen inputs (tests sometimes freeze) simply go unmemoised.
  if (Object.isExtensible(target)) Object.defineProperty(target, RESOLVED, { value, enumerable: false });
  return value;
}

const defaultsCache = new WeakMap<PropSpecs, Readonly<Record<string, unknown>>>();

function defaultsOf(specs: PropSpecs): Readonly<Record<string, unknown>> {
  let defaults = defaultsCache.get(specs);
  if (defaults === undefined) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(specs)) out[key] = specs[key]!.default;
    defaults = Object.freeze(out);
    defaultsCache.set(specs, defaults);
  }
  return defaults;
}

/**
 * Defaults overlaid with what is stored. Unknown stored props ride along
 * (they are ignored: the typed view only names catalog props); a spread is
 * several times faster than copying key by key, which matters on 5,000 nodes.
 */
function resolve(specs: PropSpecs, stored: Readonly<Record<string, unknown>> | undefined): object {
  const defaults = defaultsOf(specs);
  return stored === undefined ? defaults : { ...defaults, ...stored };
}

export function nodeProps<T extends NodeType>(node: DiagramNode & { readonly type: T }): NodePropsOf<T> {
  return memo(node, () => resolve(NODE_CATALOG[node.type].props, node.props)) as NodePropsOf<T>;
}

export function edgeProps<K extends EdgeKind>(edge: DiagramEdge & { readonly kind: K }): EdgePropsOf<K> {
  return memo(edge, () => resolve(EDGE_CATALOG[edge.kind].props, edge.props)) as EdgePropsOf<K>;
}

/**
 * One prop with its default applied, without building the resolved object.
 * The validator reads a prop or two of each node, once per fresh diagram, so
 * resolving and memoising every node's whole props object (a spread and a
 * property definition per node) cost more than all the reads it saved. Reads
 * what `nodeProps(node)[key]` reads: the stored value, else the default.
 */
export function nodeProp<T extends NodeType, K extends keyof NodePropsOf<T> & string>(
  node: DiagramNode & { readonly type: T },
  key: K,
): NodePropsOf<T>[K] {
  const stored = node.props;
  if (stored !== undefined) {
    const value = stored[key];
    if (value !== undefined) return value as NodePropsOf<T>[K];
  }
  return NODE_DEFAULTS[node.type]![key] as NodePropsOf<T>[K];
}

/** `edgeProps(edge)[key]` without building the resolved object (see nodeProp). */
export function edgeProp<K extends EdgeKind, P extends keyof EdgePropsOf<K> & string>(
  edge: DiagramEdge & { readonly kind: K },
  key: P,
): EdgePropsOf<K>[P] {
  const stored = edge.props;
  if (stored !== undefined) {
    const value = stored[key];
    if (value !== undefined) return value as EdgePropsOf<K>[P];
  }
  return EDGE_DEFAULTS[edge.kind]![key] as EdgePropsOf<K>[P];
}

/** Per-type defaults, looked up by a Map-free property read in the hot path. */
const NODE_DEFAULTS: Readonly<Partial<Record<string, Readonly<Record<string, unknown>>>>> = Object.fromEntries(
  Object.entries(NODE_CATALOG).map(([type, def]) => [type, defaultsOf(def.props)]),
);
const EDGE_DEFAULTS: Readonly<Partial<Record<string, Readonly<Record<string, unknown>>>>> = Object.fromEntries(
  Object.entries(EDGE_CATALOG).map(([kind, def]) => [kind, defaultsOf(def.props)]),
);

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
  if (source.type === 'corporate-network') return nodeProp(source as DiagramNode & { type: 'corporate-network' }, 'cidr');
  return undefined;
}
