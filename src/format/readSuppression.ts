/** One accepted risk: a known rule, an existing target, a reason, and an optional expiry date. */
import { isPlainObject } from '../model/guards';
import type { Suppression } from '../model/types';
import { isKnownRuleId } from '../rules/ruleIds';
import { describeValue, type ErrorList } from './readParts';
import { DATE_PATTERN } from './schema';

export function isValidDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function readSuppression(
  raw: unknown,
  index: number,
  ids: ReadonlyMap<string, 'node' | 'edge'>,
  errors: ErrorList,
): Suppression | undefined {
  if (!isPlainObject(raw)) {
    errors.add(`suppression ${index + 1}: expected an object {rule, target, reason, expires?}, got ${describeValue(raw)}`);
    return undefined;
  }
  const { rule, target, reason, expires } = raw;
  const where = `suppression ${index + 1}${typeof rule === 'string' && typeof target === 'string' ? ` (${describeValue(rule)} on ${describeValue(target)})` : ''}`;
  const before = errors.count;
  if (typeof rule !== 'string' || !isKnownRuleId(rule)) {
    errors.add(`${where}: field "rule": ${describeValue(rule)} is not a Ramparts rule id (such as "ha/rds-multi-az")`);
  }
  if (typeof target !== 'string' || !ids.has(target)) {
    errors.add(`${where}: field "target": ${describeValue(target)} is not a node or edge of this diagram`);
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    errors.add(`${where}: field "reason": a reason is required (why is this risk accepted?)`);
  }
  if (expires !== undefined && (typeof expires !== 'string' || !isValidDate(expires))) {
    errors.add(`${where}: field "expires": expected a date YYYY-MM-DD, got ${describeValue(expires)}`);
  }
  if (errors.count > before) return undefined;
  return {
    rule: rule as string,
    target: target as string,
    reason: reason as string,
    ...(expires === undefined ? {} : { expires: expires as string }),
  };
}
