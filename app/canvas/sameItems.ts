/**
 * Whether two lists hold the very same items in the same order, compared by
 * identity without allocating: how the canvas tells that something derived
 * on every store update or render (flow nodes, an edge's view of the store,
 * an overview group's segments) has nothing new, so the old object stands.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
