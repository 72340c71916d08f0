/**
 * Every rule, in controls.md order. The meta-test checks this list against
 * the 58 ids of controls.md, so a rule cannot be forgotten here.
 */
import { BACKUP_RULES } from './backup/index';
import { HA_RULES } from './ha/index';
import { IAM_RULES } from './iam/index';
import { KMS_RULES } from './kms/index';
import { MON_RULES } from './mon/index';
import { NET_RULES } from './net/index';
import { PUB_RULES } from './pub/index';
import { TLS_RULES } from './tls/index';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  ...NET_RULES,
  ...TLS_RULES,
  ...KMS_RULES,
  ...BACKUP_RULES,
  ...HA_RULES,
  ...IAM_RULES,
  ...PUB_RULES,
  ...MON_RULES,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): boolean {
  return byId.has(id);
}
