/**
 * One pass over a diagram that answers the questions rules keep asking
 * (nodes by type, edges in and out, the subnet and VPC a node sits in).
 * `validate` builds it once and hands it to every rule, so 58 rules cost one
 * index, not 58.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { EdgeKind, NodeType } from '../catalog/kinds';
import { edgeProp } from '../catalog/resolveProps';
import { NodeLists } from './nodeLists';
import type { EdgeOf, NodeOf } from './guards';
import type { Diagram, DiagramEdge, DiagramNode } from './types';

const EMPTY: readonly never[] = Object.freeze([]);

export class GraphIndex {
  readonly diagram: Diagram;
  /**
   * Each node id's position in diagram.nodes (the last one, should an id
   * repeat): the one Map of node ids a validation fills; lists and caches by
   * node are arrays indexed by position (NodeLists). The index used to fill
   * up to eight Maps of node ids, several of them past 4,096 keys, where V8
   * moves a Map's table to the large-object space and each key costs several
   * times more. This one still does at 5,000 nodes (1.5 ms, against 0.1 at
   * 1,000). An open-addressing table of our own in its place halved that,
   * but made every lookup hash the id (V8 caches a string's hash); in
   * interleaved runs whole validations were no faster at either size.
   */
  private readonly positions = new Map<string, number>();
  private readonly byType = new Map<NodeType, DiagramNode[]>();
  private readonly byKind = new Map<EdgeKind, DiagramEdge[]>();
  private readonly children: NodeLists<DiagramNode>;
  /** vpcOf by node position: undefined not yet asked, null no VPC. */
  private readonly vpcCache: (NodeOf<'vpc'> | null | undefined)[];
  // Built on first use: the rules ask about edges of one kind, and only quick
  // fixes look edges up by id, so a validation need not pay for the rest.
  private edgeById: Map<string, DiagramEdge> | undefined;
  private outgoing: NodeLists<DiagramEdge> | undefined;
  private incoming: NodeLists<DiagramEdge> | undefined;
  /** Edges of one kind by source and by target, built on the first question about that kind. */
  private readonly outByKind = new Map<EdgeKind, NodeLists<DiagramEdge>>();
  private readonly inByKind = new Map<EdgeKind, NodeLists<DiagramEdge>>();
  private readonly derivedValues = new Map<(index: GraphIndex) => unknown, unknown>();

  constructor(diagram: Diagram) {
    this.diagram = diagram;
    // Index loops: this runs once per validation, mostly before the JIT has
    // optimised it, and an unoptimised for-of allocates per element.
    const { nodes, edges } = diagram;
    for (let i = 0; i < nodes.length; i++) this.positions.set(nodes[i]!.id, i);
    this.children = new NodeLists(this.positions, nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      push(this.byType, node.type, node);
      if (node.parent !== undefined) this.children.add(node.parent, node);
    }
    this.vpcCache = new Array<NodeOf<'vpc'> | null | undefined>(nodes.length);
    for (let i = 0; i < edges.length; i++) push(this.byKind, edges[i]!.kind, edges[i]!);
  }

  get nodes(): readonly DiagramNode[] {
    return this.diagram.nodes;
  }

  get edges(): readonly DiagramEdge[] {
    return this.diagram.edges;
  }

  node(id: string): DiagramNode | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.diagram.nodes[at];
  }

  /** The node's position in diagram.nodes, or -1: for rules that keep per-node state in arrays rather than Maps. */
  position(id: string): number {
    return this.positions.get(id) ?? -1;
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
    if (kind === undefined) return (this.outgoing ??= this.groupBy(this.diagram.edges, 'source')).get(nodeId);
    return this.byEnd(this.outByKind, kind, 'source').get(nodeId);
  }

  inEdges(nodeId: string): readonly DiagramEdge[];
  inEdges<K extends EdgeKind>(nodeId: string, kind: K): readonly EdgeOf<K>[];
  inEdges(nodeId: string, kind?: EdgeKind): readonly DiagramEdge[] {
    if (kind === undefined) return (this.incoming ??= this.groupBy(this.diagram.edges, 'target')).get(nodeId);
    return this.byEnd(this.inByKind, kind, 'target').get(nodeId);
  }

  /**
   * Rules ask "flows into this node" thousands of times per validation;
   * filtering the node's edge list each time allocated a fresh array per
   * question. Grouping one kind's edges once (in diagram order) answers them
   * all without allocating.
   */
  private byEnd(cache: Map<EdgeKind, NodeLists<DiagramEdge>>, kind: EdgeKind, end: 'source' | 'target'): NodeLists<DiagramEdge> {
    let grouped = cache.get(kind);
    if (grouped === undefined) {
      grouped = this.groupBy(this.byKind.get(kind) ?? EMPTY, end);
      cache.set(kind, grouped);
    }
    return grouped;
  }

  /** Edges by their source or target, each list in diagram order. */
  private groupBy(edges: readonly DiagramEdge[], end: 'source' | 'target'): NodeLists<DiagramEdge> {
    const grouped = new NodeLists<DiagramEdge>(this.positions, this.diagram.nodes.length);
    for (let i = 0; i < edges.length; i++) grouped.add(edges[i]![end], edges[i]!);
    return grouped;
  }

  childrenOf(id: string): readonly DiagramNode[] {
    return this.children.get(id);
  }

  parentOf(node: DiagramNode): DiagramNode | undefined {
    return node.parent === undefined ? undefined : this.node(node.parent);
  }

  /** The subnet the node sits in directly (nodes never nest deeper inside a subnet). */
  subnetOf(node: DiagramNode): NodeOf<'subnet'> | undefined {
    const parent = this.parentOf(node);
    return parent?.type === 'subnet' ? (parent as NodeOf<'subnet'>) : undefined;
  }

  /** The VPC the node's parent chain reaches ("inside a VPC"), if any. */
  vpcOf(node: DiagramNode): NodeOf<'vpc'> | undefined {
    const at = this.positions.get(node.id);
    const cached = at === undefined ? undefined : this.vpcCache[at];
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
    if (at !== undefined) this.vpcCache[at] = found;
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
    const from = this.node(edge.source);
    const to = this.node(edge.target);
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
