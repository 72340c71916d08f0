import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

export const rdsAutomatedBackups = defineRule({
  id: 'backup/rds-automated-backups',
  severity: 'error',
  title: 'RDS automated backups on',
  description:
    'An rds has backupRetentionDays 0 (point-in-time recovery off) and is not the target of a replication edge.',
  section: 'RDS / Automated Backups and DB Snapshots',
  basis: {
    kind: 'document',
    quote:
      'Turned on by default, the automated backup feature of Amazon RDS enables point-in-time recovery for your DB Instance.',
  },
  fix: 'Set a backup retention period of at least one day (7 is the usual default) so the instance can be restored to any second within it.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'backupRetentionDays') !== 0) continue;
      // A read replica is rebuilt from its source, so no backups there is a choice, not a gap.
      if (index.inEdges(db.id, 'replication').length > 0) continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} has automated backups turned off (retention 0 days), so it cannot be restored to a point in time: set backupRetentionDays to 1-35, for example 7.`,
      });
    }
  },
  quickFix: {
    label: 'Keep automated backups for 7 days',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'rds', (p) => (p.backupRetentionDays === 0 ? { backupRetentionDays: 7 } : undefined)),
  },
});
