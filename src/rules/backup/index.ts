import type { Rule } from '../types';
import { elasticacheSnapshots } from './elasticache-snapshots';
import { memcachedNoSnapshots } from './memcached-no-snapshots';
import { rdsAutomatedBackups } from './rds-automated-backups';
import { rdsFinalSnapshot } from './rds-final-snapshot';
import { rdsRetentionLimit } from './rds-retention-limit';
import { redshiftNodeMirroring } from './redshift-node-mirroring';
import { redshiftRetentionLimit } from './redshift-retention-limit';
import { s3Versioning } from './s3-versioning';

/** Backups and recovery, in controls.md order. */
export const BACKUP_RULES: readonly Rule[] = [
  rdsAutomatedBackups,
  rdsRetentionLimit,
  rdsFinalSnapshot,
  redshiftRetentionLimit,
  redshiftNodeMirroring,
  elasticacheSnapshots,
  memcachedNoSnapshots,
  s3Versioning,
];
