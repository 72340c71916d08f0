import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

const MIN_DAYS = 1;
const MAX_DAYS = 35;

export const redshiftRetentionLimit = defineRule({
  id: 'backup/redshift-retention-limit',
  severity: 'error',
  title: 'Redshift snapshot retention within 1-35 days',
  description: 'A redshift has snapshotRetentionDays below 1 or above 35.',
  section: 'Redshift / Data Backups',
  basis: {
    kind: 'document',
    quote: 'Redshift stores your snapshots for a user-defined period, which can be from one to thirty-five days.',
  },
  fix: 'Set the automated snapshot retention period to between 1 and 35 days; take manual snapshots for anything kept longer.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      const days = nodeProp(cluster, 'snapshotRetentionDays');
      if (days >= MIN_DAYS && days <= MAX_DAYS) continue;
      report({
        target: nodeTarget(cluster.id),
        message: `${index.name(cluster)} keeps automated snapshots for ${days} days, outside the 1-35 days Redshift allows: set snapshotRetentionDays to ${days > MAX_DAYS ? '35 or less' : 'at least 1'}.`,
      });
    }
  },
  quickFix: {
    label: 'Bring snapshot retention into 1-35 days',
    // The nearest valid value: 1 is also Redshift's default, 35 keeps as much as allowed.
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'redshift', ({ snapshotRetentionDays: days }) =>
        days > MAX_DAYS
          ? { snapshotRetentionDays: MAX_DAYS }
          : days < MIN_DAYS
            ? { snapshotRetentionDays: MIN_DAYS }
            : undefined,
      ),
  },
});
