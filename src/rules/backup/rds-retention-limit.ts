import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

const MAX_DAYS = 35;
/**
 * Where a negative retention goes. Clamping to the nearest valid value (0)
 * would turn point-in-time recovery off, which backup/rds-automated-backups
 * reports as an error; a negative number is a typo, not a wish for no
 * backups, so it becomes the catalog's (and the console's) default instead.
 */
const DEFAULT_DAYS = 7;

export const rdsRetentionLimit = defineRule({
  id: 'backup/rds-retention-limit',
  severity: 'error',
  title: 'RDS backup retention within 0-35 days',
  description: 'An rds has backupRetentionDays above 35 or below 0.',
  section: 'RDS / Automated Backups',
  basis: {
    kind: 'document',
    quote: 'Your automatic backup retention period can be configured to up to 35 days.',
  },
  fix: 'Set the backup retention period to between 1 and 35 days; keep longer-lived copies as manual DB snapshots, which are kept until you delete them.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      const days = nodeProp(db, 'backupRetentionDays');
      if (days >= 0 && days <= MAX_DAYS) continue;
      report({
        target: nodeTarget(db.id),
        message:
          days > MAX_DAYS
            ? `${index.name(db)} keeps automated backups for ${days} days, more than the 35 RDS allows: set backupRetentionDays to 35 or less and use manual snapshots for longer retention.`
            : `${index.name(db)} has a negative backup retention (${days} day${days === -1 ? '' : 's'}), which RDS does not accept: set backupRetentionDays to between 1 and 35, for example 7.`,
      });
    }
  },
  quickFix: {
    label: 'Bring backup retention into 0-35 days (35 if above, 7 if negative)',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'rds', ({ backupRetentionDays: days }) =>
        days > MAX_DAYS ? { backupRetentionDays: MAX_DAYS } : days < 0 ? { backupRetentionDays: DEFAULT_DAYS } : undefined,
      ),
  },
});
