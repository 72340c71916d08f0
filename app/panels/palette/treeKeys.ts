/**
 * Keyboard movement in the palette tree (the WAI-ARIA tree pattern): Up and
 * Down through the visible rows, Home and End, Right opens a group or enters
 * it, Left closes it or returns to it. Rows are keyed: `@category` for a
 * group header, the node type for an item.
 */
export type TreeMove =
  | { readonly kind: 'focus'; readonly key: string }
  | { readonly kind: 'expand' | 'collapse'; readonly key: string }
  | { readonly kind: 'leave-top' }
  | undefined;

export interface TreeRow {
  readonly key: string;
  /** Group rows: whether the group is open. Items: undefined. */
  readonly expanded: boolean | undefined;
  /** Items: the key of their group. */
  readonly parent: string | undefined;
}

export function treeMove(rows: readonly TreeRow[], current: string, key: string): TreeMove {
  const at = rows.findIndex((r) => r.key === current);
  const row = rows[at];
  if (row === undefined) return undefined;
  const to = (i: number): TreeMove => {
    const target = rows[i];
    return target === undefined ? undefined : { kind: 'focus', key: target.key };
  };
  switch (key) {
    case 'ArrowDown':
      return to(at + 1);
    case 'ArrowUp':
      return at === 0 ? { kind: 'leave-top' } : to(at - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(rows.length - 1);
    case 'ArrowRight':
      if (row.expanded === false) return { kind: 'expand', key: row.key };
      if (row.expanded === true) return to(at + 1);
      return undefined;
    case 'ArrowLeft':
      if (row.expanded === true) return { kind: 'collapse', key: row.key };
      if (row.parent !== undefined) return { kind: 'focus', key: row.parent };
      return undefined;
    default:
      return undefined;
  }
}
