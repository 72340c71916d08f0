/**
 * The order in which nodes are handed to React Flow, which renders them (and
 * the minimap) in that order. React Flow needs every parent before its
 * children; React, given a keyed list in a new order, moves DOM elements, and
 * moving one element earlier makes it move every element it jumped over. A
 * drop that re-parented one node into a container listed earlier used to
 * move 563 of the 1,000 fixture nodes (and their minimap shapes): a restyle,
 * relayout and repaint of the whole canvas in the drop's frame.
 * So the previous order is kept, new nodes go last, and a node whose parent
 * now comes after it moves to just after that parent: only later, which
 * costs React one move per node that actually changed place.
 */
export interface Ordered {
  readonly id: string;
  readonly parent?: string;
}

export function stableParentsFirst<T extends Ordered>(nodes: readonly T[], previous: readonly string[]): T[] {
  const byId = new Map<string, T>();
  for (const n of nodes) byId.set(n.id, n);
  const sequence: T[] = [];
  const listed = new Set<string>();
  const list = (n: T | undefined) => {
    if (n === undefined || listed.has(n.id)) return;
    listed.add(n.id);
    sequence.push(n);
  };
  for (const id of previous) list(byId.get(id));
  for (const n of nodes) list(n);

  const out: T[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, T[]>();
  const place = (n: T) => {
    out.push(n);
    placed.add(n.id);
    const children = waiting.get(n.id);
    if (children === undefined) return;
    waiting.delete(n.id);
    for (const child of children) place(child);
  };
  for (const n of sequence) {
    if (n.parent === undefined || placed.has(n.parent) || !byId.has(n.parent)) place(n);
    else {
      const siblings = waiting.get(n.parent);
      if (siblings === undefined) waiting.set(n.parent, [n]);
      else siblings.push(n);
    }
  }
  // Only a parent cycle (which the reader refuses) leaves nodes waiting: they go last rather than vanish.
  for (const children of waiting.values()) for (const child of children) if (!placed.has(child.id)) out.push(child);
  return out;
}
