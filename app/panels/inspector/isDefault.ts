/** Whether a stored prop equals its catalog default (JSON values, compared structurally). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** True when the element stores a value for `key` that differs from `def`. */
export function differsFromDefault(stored: Readonly<Record<string, unknown>> | undefined, key: string, def: unknown): boolean {
  return stored !== undefined && Object.hasOwn(stored, key) && !sameValue(stored[key], def);
}
