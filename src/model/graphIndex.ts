/**
 * One pass over a diagram that answers the questions rules keep asking
 * (nodes by type, edges in and out, the subnet and VPC a node sits in).
 * `validate` builds it once and hands it to every rule, so 58 rules cost one
 * index, not 58.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { EdgeKind, NodeType } from '../catalog/kinds';
import { edgeProp } from '../catalog/resolveProps';
import type { EdgeOf, NodeOf } from './guards';
import type { Diagram, DiagramEdge, DiagramNode } from './types';

const EMPTY: readonly never[] = Object.freeze([]);

export class GraphIndex {
  readonly diagram: Diagram;
  private readonly byId = new Map<string, DiagramNode>();
  private readonly byType = new Map<NodeType, DiagramNode[]>();
  private readonly byKind = new Map<EdgeKind, DiagramEdge[]>();
  private readonly children = new Map<string, DiagramNode[]>();
  private readonly vpcCache = new Map<string, NodeOf<'vpc'> | null>();
  // Built on first use: the rules ask about edges of one kind, and only quick
  // fixes look edges up by id, so a validation need not pay for the rest.
  private edgeById: Map<string, DiagramEdge> | undefined;
  private outgoing: Map<string, DiagramEdge[]> | undefined;
  private incoming: Map<string, DiagramEdge[]> | undefined;
  /** Edges of one kind by source and by target, built on the first question about that kind. */
  private readonly outByKind = new Map<EdgeKind, Map<string, DiagramEdge[]>>();
  private readonly inByKind = new Map<EdgeKind, Map<string, DiagramEdge[]>>();
  private readonly derivedValues = new Map<(index: GraphIndex) => unknown, unknown>();

  constructor(diagram: Diagram) {
    this.diagram = diagram;
    // Index loops: this runs once per validation, mostly before the JIT has
    // optimised it, and an unoptimised for-of allocates per element.
    const { nodes, edges } = diagram;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      this.byId.set(node.id, node);
      push(this.byType, node.type, node);
      if (node.parent !== undefined) push(this.children, node.parent, node);
    }
    for (let i = 0; i < edges.length; i++) push(this.byKind, edges[i]!.kind, edges[i]!);
  }

  get nodes(): readonly DiagramNode[] {
    return this.diagram.nodes;
  }

  get edges(): readonly DiagramEdge[] {
    return this.diagram.edges;
  }

  node(id: string): DiagramNode | undefined {
    return this.byId.get(id);
  }

  edge(id: string): DiagramEdge | undefined {
    if (this.edgeById === undefined) {
      this.edgeById = new Map();
      for (const edge of this.diagram.edges) this.edgeById.set(edge.id, edge);
    }
    return this.edgeById.get(id);
  }

  /** Nodes of the given types, in diagram order within each type. */
  nodesOfType<T extends NodeType>(...types: readonly T[]): readonly NodeOf<T>[] {
    if (types.length === 1) return (this.byType.get(types[0]!) ?? EMPTY) as readonly NodeOf<T>[];
    const out: NodeOf<T>[] = [];
    for (const t of types) out.push(...((this.byType.get(t) ?? EMPTY) as readonly NodeOf<T>[]));
    return out;
  }

  edgesOfKind<K extends EdgeKind>(kind: K): readonly EdgeOf<K>[] {
    return (this.byKind.get(kind) ?? EMPTY) as readonly EdgeOf<K>[];
  }

  /** Network edges: the flows. */
  get flows(): readonly EdgeOf<'network'>[] {
    return this.edgesOfKind('network');
  }

  outEdges(nodeId: string): readonly DiagramEdge[];
  outEdges<K extends EdgeKind>(nodeId: string, kind: K): readonly EdgeOf<K>[];
  outEdges(nodeId: string, kind?: EdgeKind): readonly DiagramEdge[] {
    if (kind === undefined) return (this.outgoing ??= groupBy(this.diagram.edges, 'source')).get(nodeId) ?? EMPTY;
    return this.byEnd(this.outByKind, kind, 'source').get(nodeId) ?? EMPTY;
  }

  inEdges(nodeId: string): readonly DiagramEdge[];
  inEdges<K extends EdgeKind>(nodeId: string, kind: K): readonly EdgeOf<K>[];
  inEdges(nodeId: string, kind?: EdgeKind): readonly DiagramEdge[] {
    if (kind === undefined) return (this.incoming ??= groupBy(this.diagram.edges, 'target')).get(nodeId) ?? EMPTY;
    return this.byEnd(this.inByKind, kind, 'target').get(nodeId) ?? EMPTY;
  }

  /**
   * Rules ask "flows into this node" thousands of times per validation;
   * filtering the node's edge list each time allocated a fresh array per
   * question. Grouping one kind's edges once (in diagram order) answers them
   * all without allocating.
   */
  private byEnd(cache: Map<EdgeKind, Map<string, DiagramEdge[]>>, kind: EdgeKind, end: 'source' | 'target'): Map<string, DiagramEdge[]> {
    let grouped = cache.get(kind);
    if (grouped === undefined) {
      grouped = groupBy(this.byKind.get(kind) ?? EMPTY, end);
      cache.set(kind, grouped);
    }
    return grouped;
  }

  childrenOf(id: string): readonly DiagramNode[] {
    return this.children.get(id) ?? EMPTY;
  }

  parentOf(node: DiagramNode): DiagramNode | undefined {
    return node.parent === undefined ? undefined : this.byId.get(node.parent);
  }

  /** The subnet the node sits in directly (nodes never nest deeper inside a subnet). */
  subnetOf(node: DiagramNode): NodeOf<'subnet'> | undefined {
    const parent = this.parentOf(node);
    return parent?.type === 'subnet' ? (parent as NodeOf<'subnet'>) : undefined;
  }

  /** The VPC the node's parent chain reaches ("inside a VPC"), if any. */
  vpcOf(node: DiagramNode): NodeOf<'vpc'> | undefined {
    const cached = this.vpcCache.get(node.id);
    if (cached !== undefined) return cached ?? undefined;
    let current: DiagramNode | undefined = node;
    let found: NodeOf<'vpc'> | null = null;
    // Bounded walk: the reader refuses cycles, but a bound costs nothing.
    for (let depth = 0; current !== undefined && depth < 8; depth++) {
      if (current.type === 'vpc' && current !== node) {
        found = current as NodeOf<'vpc'>;
        break;
      }
      current = this.parentOf(current);
    }
    this.vpcCache.set(node.id, found);
    return found ?? undefined;
  }

  subnetsOf(vpcId: string): readonly NodeOf<'subnet'>[] {
    return this.childrenOf(vpcId).filter((n): n is NodeOf<'subnet'> => n.type === 'subnet');
  }

  hasChildOfType(containerId: string, type: NodeType): boolean {
    return this.childrenOf(containerId).some((n) => n.type === type);
  }

  /** The name a reviewer sees: the label, else the type's display name. */
  name(node: DiagramNode): string {
    return node.label !== undefined && node.label !== '' ? node.label : NODE_CATALOG[node.type].displayName;
  }

  /** "Internet → Orders DB (tcp 5432)" for a flow, "Web role → Orders DB (access)" otherwise. */
  describeEdge(edge: DiagramEdge): string {
    const from = this.byId.get(edge.source);
    const to = this.byId.get(edge.target);
    const ends = `${from ? this.name(from) : edge.source} → ${to ? this.name(to) : edge.target}`;
    if (edge.kind === 'network') return `${ends} (${this.flowTraffic(edge as EdgeOf<'network'>)})`;
    return `${ends} (${edge.kind})`;
  }

  /** "tcp 443", "icmp", "all traffic": a flow's traffic as messages write it. */
  flowTraffic(flow: EdgeOf<'network'>): string {
    const protocol = edgeProp(flow, 'protocol');
    return protocol === 'all' ? 'all traffic' : protocol === 'icmp' ? 'icmp' : `${protocol} ${edgeProp(flow, 'ports')}`;
  }

  /**
   * A value derived from this diagram, computed on first asking and shared by
   * every rule that asks with the same function (say, the unencrypted flows
   * three rules read). Safe because the index, like the diagram, never changes.
   */
  derived<T>(compute: (index: GraphIndex) => T): T {
    if (this.derivedValues.has(compute)) return this.derivedValues.get(compute) as T;
    const value = compute(this);
    this.derivedValues.set(compute, value);
    return value;
  }
}

/** Edges by their source or target id, each list in diagram order. */
function groupBy(edges: readonly DiagramEdge[], end: 'source' | 'target'): Map<string, DiagramEdge[]> {
  const grouped = new Map<string, DiagramEdge[]>();
  for (let i = 0; i < edges.length; i++) push(grouped, edges[i]![end], edges[i]!);
  return grouped;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
