/**
 * Props are checked against the catalog one by one, so an error names the
 * prop and what was expected. Known props are copied from the parsed value;
 * unknown ones are kept as read (deep-copied with `setSafe`, so a key such as
 * `__proto__` stays data and never reaches Object.prototype).
 */
import type { PropSpec, PropSpecs } from '../catalog/propSpec';
import { isCidr } from '../model/cidr';
import { isPorts } from '../model/ports';
import { setSafe } from '../model/safeRecord';
import type { PropValue, StoredProps } from '../model/types';
import type { ErrorList } from './readParts';
import { describeValue } from './readParts';
import { cachedPropSchema } from './schema';

export function readProps(
  specs: PropSpecs,
  raw: Record<string, unknown> | undefined,
  where: string,
  errors: ErrorList,
): StoredProps | undefined {
  if (raw === undefined) return undefined;
  const out: Record<string, PropValue> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (spec === undefined) {
      setSafe(out, key, safeCopy(value));
      continue;
    }
    // Scalars are by far the most common props; checking them inline keeps a
    // 5,000-node file fast. Anything that fails goes through zod for the message.
    if (scalarOk(spec, value)) {
      setSafe(out, key, value as PropValue);
      continue;
    }
    const parsed = cachedPropSchema(spec).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path ?? [];
      const inner = path.length > 0 ? ` ${describePath(path)}:` : '';
      errors.add(`${where}: prop "${key}":${inner} ${issue?.message ?? 'invalid value'}, got ${describeValue(valueAt(value, path))}`);
      continue;
    }
    setSafe(out, key, safeCopy(parsed.data));
  }
  return out;
}

function scalarOk(spec: PropSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value);
    case 'text':
      return typeof value === 'string';
    case 'cidr':
      return typeof value === 'string' && isCidr(value);
    case 'ports':
      return typeof value === 'string' && isPorts(value);
    default:
      return false;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `entry ${p + 1}` : `field "${String(p)}"`)).join(' ');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const p of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, p) ? (current as Record<PropertyKey, unknown>)[p] : undefined;
  }
  return current;
}

/** A deep copy of JSON data whose objects have no prototype to pollute. */
export function safeCopy(value: unknown): PropValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(safeCopy);
  if (typeof value === 'object') {
    const out: Record<string, PropValue> = {};
    for (const key of Object.keys(value)) setSafe(out, key, safeCopy((value as Record<string, unknown>)[key]));
    return out;
  }
  return null;
}
