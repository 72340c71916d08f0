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

/** For every node reached from the Internet: the flow that first reached it. */
export function exposurePaths(index: GraphIndex): ReadonlyMap<string, EdgeOf<'network'> | null> {
  const via = new Map<string, EdgeOf<'network'> | null>();
  const queue: string[] = [];
  for (let i = 0, list = index.nodesOfType('internet'); i < list.length; i++) {
    const internet = list[i]!;
    via.set(internet.id, null);
    queue.push(internet.id);
  }
  for (let head = 0; head < queue.length; head++) {
    const flows = index.outEdges(queue[head]!, 'network');
    for (let i = 0; i < flows.length; i++) {
      const flow = flows[i]!;
      if (via.has(flow.target)) continue;
      via.set(flow.target, flow);
      queue.push(flow.target);
    }
  }
  return via;
}

/** The flows from the Internet to `nodeId`, in order; empty when it is not reached (or is the Internet). */
export function exposurePathTo(via: ReadonlyMap<string, EdgeOf<'network'> | null>, nodeId: string): EdgeOf<'network'>[] {
  const path: EdgeOf<'network'>[] = [];
  // Each step moves one BFS level closer to a seed, so the walk ends; the bound guards a broken map.
  for (let step = via.get(nodeId); step != null && path.length <= via.size; step = via.get(step.source)) path.push(step);
  return path.reverse();
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
export function pathDescriber(
  index: GraphIndex,
  via: ReadonlyMap<string, EdgeOf<'network'> | null>,
): (nodeId: string) => string {
  const written = new Map<string, string>();
  const describe = (nodeId: string): string => {
    const known = written.get(nodeId);
    if (known !== undefined) return known;
    // Walk up to the first node already written (or a seed), then write back down.
    const pending: EdgeOf<'network'>[] = [];
    let text: string | undefined;
    for (let step = via.get(nodeId); step != null && pending.length <= via.size; step = via.get(step.source)) {
      pending.push(step);
      text = written.get(step.source);
      if (text !== undefined) break;
    }
    if (pending.length === 0) return '';
    text ??= nameOf(index, pending[pending.length - 1]!.source);
    for (let i = pending.length - 1; i >= 0; i--) {
      const flow = pending[i]!;
      text = `${text} → ${nameOf(index, flow.target)} (${flowTrafficLabel(flow)})`;
      written.set(flow.target, text);
    }
    return text!;
  };
  return describe;
}
