/**
 * defineRule: a rule's metadata is checked against controls.md's table (id,
 * severity, section) by the meta-test; this helper only fixes the type so each
 * rule file reads as one declaration.
 */
import type { Rule } from './types';

export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
