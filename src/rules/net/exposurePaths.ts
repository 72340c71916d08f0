/**
 * Shortest flow paths from the Internet: one breadth-first search seeded with
 * every internet node at once, so the whole diagram costs O(nodes + edges)
 * however many data stores there are. Seeds go in diagram order and each
 * node's flows in diagram order, so among equally short paths the one found
 * first (the earliest in diagram order) wins, and the same diagram always
 * reports the same path.
 */
import { edgeProp } from '../../catalog/resolveProps';
import type { GraphIndex } from '../../model/graphIndex';
import type { EdgeOf } from '../../model/guards';

/** For every node reached from the Internet, the flow that first reached it (null for the Internet itself). */
export type ExposureMap = Pick<ReadonlyMap<string, EdgeOf<'network'> | null>, 'get' | 'has' | 'keys' | 'size'>;

/**
 * The search's result, held by node position (GraphIndex.position) rather
 * than in a Map: at 5,000 nodes nearly every node is reached, and a Map of
 * that many string keys costs several times more per node than at 1,000 (see
 * GraphIndex.positions). Flow ends that name no node (the reader refuses
 * them) are not walked through.
 */
class Reached implements ExposureMap {
  /** By position: undefined not reached, null a seed, else the flow that reached it. */
  private readonly via: (EdgeOf<'network'> | null | undefined)[];
  /** The reached ids in the order the search met them. */
  readonly order: string[] = [];

  constructor(private readonly index: GraphIndex) {
    this.via = new Array<EdgeOf<'network'> | null | undefined>(index.nodes.length);
  }

  get size(): number {
    return this.order.length;
  }

  /** Records the first way to `id` (a later one, or an id that names no node, changes nothing). */
  reach(id: string, flow: EdgeOf<'network'> | null): void {
    const at = this.index.position(id);
    if (at < 0 || this.via[at] !== undefined) return;
    this.via[at] = flow;
    this.order.push(id);
  }

  get(id: string): EdgeOf<'network'> | null | undefined {
    const at = this.index.position(id);
    return at < 0 ? undefined : this.via[at];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  keys(): MapIterator<string> {
    return this.order.values();
  }
}

export function exposurePaths(index: GraphIndex): ExposureMap {
  const reached = new Reached(index);
  const queue = reached.order;
  for (let i = 0, list = index.nodesOfType('internet'); i < list.length; i++) reached.reach(list[i]!.id, null);
  for (let head = 0; head < queue.length; head++) {
    const flows = index.outEdges(queue[head]!, 'network');
    for (let i = 0; i < flows.length; i++) reached.reach(flows[i]!.target, flows[i]!);
  }
  return reached;
}

/**
 * The ids of the flows from the Internet to `nodeId`, in order; empty when it
 * is not reached (or is the Internet). Written straight into an array of the
 * path's length: the rule keeps one per finding. Each step moves one BFS
 * level closer to a seed, so the walk ends; the bound guards a broken map.
 */
export function exposurePathIds(via: ExposureMap, nodeId: string): string[] {
  let length = 0;
  for (let step = via.get(nodeId); step != null && length <= via.size; step = via.get(step.source)) length++;
  const ids = new Array<string>(length);
  for (let step = via.get(nodeId); step != null && length > 0; step = via.get(step.source)) ids[--length] = step.id;
  return ids;
}

/** "tcp 443", "icmp", "all traffic", as describeEdge writes a flow. */
export function flowTrafficLabel(flow: EdgeOf<'network'>): string {
  const protocol = edgeProp(flow, 'protocol');
  return protocol === 'all' ? 'all traffic' : protocol === 'icmp' ? 'icmp' : `${protocol} ${edgeProp(flow, 'ports')}`;
}

/** "Internet → Web (tcp 443) → App (tcp 8080) → Orders DB (tcp 5432)". */
export function describePath(index: GraphIndex, path: readonly EdgeOf<'network'>[]): string {
  const first = path[0];
  if (first === undefined) return '';
  return [nameOf(index, first.source), ...path.map((f) => `${nameOf(index, f.target)} (${flowTrafficLabel(f)})`)].join(' → ');
}

const nameOf = (index: GraphIndex, id: string): string => {
  const n = index.node(id);
  return n === undefined ? id : index.name(n);
};

/**
 * describePath for every node of one search, each path written from its
 * parent's: paths from the Internet share their first hops (the front ends),
 * so hundreds of data stores behind a few tiers cost one string piece per
 * node rather than one whole path each. Same text as describePath.
 */
export function pathDescriber(index: GraphIndex, via: ExposureMap): (nodeId: string) => string {
  // By node position, as in exposurePaths.
  const written = new Array<string | undefined>(index.nodes.length);
  const describe = (nodeId: string): string => {
    const at = index.position(nodeId);
    const known = at < 0 ? undefined : written[at];
    if (known !== undefined) return known;
    // Walk up to the first node already written (or a seed), then write back down.
    const pending: EdgeOf<'network'>[] = [];
    let text: string | undefined;
    for (let step = via.get(nodeId); step != null && pending.length <= via.size; step = via.get(step.source)) {
      pending.push(step);
      const source = index.position(step.source);
      text = source < 0 ? undefined : written[source];
      if (text !== undefined) break;
    }
    if (pending.length === 0) return '';
    text ??= nameOf(index, pending[pending.length - 1]!.source);
    for (let i = pending.length - 1; i >= 0; i--) {
      const flow = pending[i]!;
      text = `${text} → ${nameOf(index, flow.target)} (${flowTrafficLabel(flow)})`;
      const target = index.position(flow.target);
      if (target >= 0) written[target] = text;
    }
    return text!;
  };
  return describe;
}
