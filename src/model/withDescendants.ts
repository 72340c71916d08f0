/**
 * Nodes with everything nested in them: what moves when they are dragged,
 * and what is copied or deleted with them. Linear in the diagram's size
 * (one pass to list each node's children, then a walk down from the chosen
 * ones), so a drag's start on a 5,000-node design costs no more than a look
 * at each node.
 */
import type { Diagram } from './types';

/** `ids` that are in the diagram, and all their descendants. */
export function withDescendants(diagram: Diagram, ids: Iterable<string>): ReadonlySet<string> {
  const children = new Map<string, string[]>();
  const present = new Set<string>();
  for (const n of diagram.nodes) {
    present.add(n.id);
    if (n.parent === undefined) continue;
    const list = children.get(n.parent);
    if (list === undefined) children.set(n.parent, [n.id]);
    else list.push(n.id);
  }
  const chosen = new Set<string>();
  const stack = [...ids].filter((id) => present.has(id));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (chosen.has(id)) continue;
    chosen.add(id);
    for (const child of children.get(id) ?? []) stack.push(child);
  }
  return chosen;
}
