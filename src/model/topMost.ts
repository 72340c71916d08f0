/**
 * Of a set of selected nodes, the ones that move when the selection moves:
 * a node inside a selected container moves with it (its position is relative
 * to the container), so moving it too would move it twice.
 */
import { lookupOf } from './geometry';
import type { Diagram } from './types';

export function topMost(diagram: Diagram, ids: readonly string[]): string[] {
  const selected = new Set(ids);
  const lookup = lookupOf(diagram);
  return ids.filter((id) => {
    const node = lookup(id);
    if (node === undefined) return false;
    for (let p = node.parent; p !== undefined; p = lookup(p)?.parent) if (selected.has(p)) return false;
    return true;
  });
}
