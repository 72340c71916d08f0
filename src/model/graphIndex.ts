/**
 * One pass over a diagram that answers the questions rules keep asking
 * (nodes by type, edges in and out, the subnet and VPC a node sits in).
 * `validate` builds it once and hands it to every rule, so 58 rules cost one
 * index, not 58.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { EdgeKind, NodeType } from '../catalog/kinds';
import { edgeProps } from '../catalog/resolveProps';
import type { EdgeOf, NodeOf } from './guards';
import type { Diagram, DiagramEdge, DiagramNode } from './types';

const EMPTY: readonly never[] = Object.freeze([]);

export class GraphIndex {
  readonly diagram: Diagram;
  private readonly byId = new Map<string, DiagramNode>();
  private readonly edgeById = new Map<string, DiagramEdge>();
  private readonly byType = new Map<NodeType, DiagramNode[]>();
  private readonly byKind = new Map<EdgeKind, DiagramEdge[]>();
  private readonly outgoing = new Map<string, DiagramEdge[]>();
  private readonly incoming = new Map<string, DiagramEdge[]>();
  private readonly children = new Map<string, DiagramNode[]>();
  private readonly vpcCache = new Map<string, NodeOf<'vpc'> | null>();

  constructor(diagram: Diagram) {
    this.diagram = diagram;
    for (const node of diagram.nodes) {
      this.byId.set(node.id, node);
      push(this.byType, node.type, node);
      if (node.parent !== undefined) push(this.children, node.parent, node);
    }
    for (const edge of diagram.edges) {
      this.edgeById.set(edge.id, edge);
      push(this.byKind, edge.kind, edge);
      push(this.outgoing, edge.source, edge);
      push(this.incoming, edge.target, edge);
    }
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
    const all = this.outgoing.get(nodeId) ?? EMPTY;
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
  }

  inEdges(nodeId: string): readonly DiagramEdge[];
  inEdges<K extends EdgeKind>(nodeId: string, kind: K): readonly EdgeOf<K>[];
  inEdges(nodeId: string, kind?: EdgeKind): readonly DiagramEdge[] {
    const all = this.incoming.get(nodeId) ?? EMPTY;
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
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
    if (edge.kind === 'network') {
      const p = edgeProps(edge as EdgeOf<'network'>);
      return `${ends} (${p.protocol === 'all' ? 'all traffic' : p.protocol === 'icmp' ? 'icmp' : `${p.protocol} ${p.ports}`})`;
    }
    return `${ends} (${edge.kind})`;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
