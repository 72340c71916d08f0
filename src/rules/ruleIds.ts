/**
 * The 58 rule ids of controls.md: permanent, used in findings, suppressions,
 * SARIF and the app. The reader checks suppressions against this list
 * without loading the rules; the meta-test checks the registry matches it.
 */
export const RULE_IDS = [
  'net/data-store-in-vpc',
  'net/data-store-private-subnet',
  'net/no-direct-internet-to-data-store',
  'net/public-subnet-needs-igw',
  'net/internet-flow-needs-public-subnet',
  'net/bastion-in-public-subnet',
  'net/bastion-ssh-only',
  'net/bastion-ssh-open-to-world',
  'net/corporate-needs-vpn',
  'net/subnet-acl-for-data',
  'net/flow-blocked-by-acl',
  'net/internet-exposure',
  'net/elasticache-clients-in-vpc',
  'net/emr-slaves-master-only',
  'tls/data-store-flow-encrypted',
  'tls/rds-require-ssl',
  'tls/redshift-require-ssl',
  'tls/elasticache-transit',
  'tls/ssl-only-endpoint',
  'tls/service-endpoint',
  'kms/rds-encryption-at-rest',
  'kms/rds-tde-engine',
  'kms/redshift-encryption',
  'kms/hsm-key-needs-encryption',
  'kms/hsm-in-vpc',
  'kms/redshift-load-encrypted',
  'kms/sqs-message-encryption',
  'backup/rds-automated-backups',
  'backup/rds-retention-limit',
  'backup/rds-final-snapshot',
  'backup/redshift-retention-limit',
  'backup/redshift-node-mirroring',
  'backup/elasticache-snapshots',
  'backup/memcached-no-snapshots',
  'backup/s3-versioning',
  'ha/rds-multi-az',
  'ha/rds-standby-az',
  'ha/read-replica-engine',
  'ha/replica-engine-match',
  'ha/maintenance-window',
  'ha/maintenance-window-default',
  'iam/no-wildcard-admin',
  'iam/service-wildcard',
  'iam/no-embedded-keys',
  'iam/no-root-keys',
  'iam/instance-role-attached',
  'iam/session-duration',
  'iam/trust-any-principal',
  'iam/orphan-role',
  'iam/user-mfa',
  'iam/user-access-keys',
  'iam/master-user-for-apps',
  'pub/rds-public-access',
  'pub/redshift-public-access',
  'pub/s3-public-read',
  'pub/queue-topic-policy',
  'mon/rds-event-notifications',
  'mon/redshift-audit-logging',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const ruleIdSet: ReadonlySet<string> = new Set(RULE_IDS);

export function isKnownRuleId(id: string): id is RuleId {
  return ruleIdSet.has(id);
}
