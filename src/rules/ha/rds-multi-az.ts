import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { patchNodeIf } from '../backup/patchNodeIf';
import { nodeTarget } from '../types';

export const rdsMultiAz = defineRule({
  id: 'ha/rds-multi-az',
  severity: 'warning',
  title: 'RDS Multi-AZ deployment',
  description:
    'An rds that is not a read replica has multiAz false (backup I/O suspension, no automatic failover).',
  section: 'RDS / Automated Backups; DB Instance Replication',
  basis: {
    kind: 'document',
    quote:
      'In the event of DB instance or Availability Zone failure, Amazon RDS will automatically failover to the standby so that database operations can resume quickly without administrative intervention.',
  },
  fix: 'Run the instance as a Multi-AZ deployment, with private subnets in at least two Availability Zones, so backups come from the standby and a failure fails over automatically.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'multiAz')) continue;
      // Read replicas have no standby of their own; their source carries the Multi-AZ advice.
      if (index.inEdges(db.id, 'replication').length > 0) continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} is not Multi-AZ, so backups suspend its I/O and an instance or zone failure has no automatic failover: set multiAz to true.`,
      });
    }
  },
  quickFix: {
    label: 'Turn on Multi-AZ',
    apply: (diagram, target) => patchNodeIf(diagram, target, 'rds', (p) => (p.multiAz ? undefined : { multiAz: true })),
  },
});
