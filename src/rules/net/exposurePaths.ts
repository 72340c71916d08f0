/**
 * Shortest flow paths from the Internet: one breadth-first search seeded with
 * every internet node at once, so the whole diagram costs O(nodes + edges)
 * however many data stores there are. Seeds go in diagram order and each
 * node's flows in diagram order, so among equally short paths the one found
 * first (the earliest in diagram order) wins, and the same diagram always
 * reports the same path.
 */
import { edgeProps } from '../../catalog/resolveProps';
import type { GraphIndex } from '../../model/graphIndex';
import type { EdgeOf } from '../../model/guards';

/** For every node reached from the Internet: the flow that first reached it. */
export function exposurePaths(index: GraphIndex): ReadonlyMap<string, EdgeOf<'network'> | null> {
  const via = new Map<string, EdgeOf<'network'> | null>();
  const queue: string[] = [];
  for (const internet of index.nodesOfType('internet')) {
    via.set(internet.id, null);
    queue.push(internet.id);
  }
  for (let head = 0; head < queue.length; head++) {
    for (const flow of index.outEdges(queue[head]!, 'network')) {
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
  const p = edgeProps(flow);
  return p.protocol === 'all' ? 'all traffic' : p.protocol === 'icmp' ? 'icmp' : `${p.protocol} ${p.ports}`;
}

/** "Internet → Web (tcp 443) → App (tcp 8080) → Orders DB (tcp 5432)". */
export function describePath(index: GraphIndex, path: readonly EdgeOf<'network'>[]): string {
  const first = path[0];
  if (first === undefined) return '';
  const name = (id: string) => {
    const n = index.node(id);
    return n === undefined ? id : index.name(n);
  };
  return [name(first.source), ...path.map((f) => `${name(f.target)} (${flowTrafficLabel(f)})`)].join(' → ');
}
