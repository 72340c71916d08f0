import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

export const rdsFinalSnapshot = defineRule({
  id: 'backup/rds-final-snapshot',
  severity: 'warning',
  title: 'RDS final snapshot on delete',
  description: 'An rds has finalSnapshotOnDelete false.',
  section: 'RDS / Automatic Software Patching',
  basis: {
    kind: 'document',
    quote:
      'At this point the instance is no longer accessible and unless a final snapshot copy was asked for, it cannot be restored and will not be listed by any of the tools or APIs.',
  },
  fix: 'Ask for a final DB snapshot when the instance is deleted, so a deletion (deliberate or not) can be undone.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'finalSnapshotOnDelete')) continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} takes no final snapshot when deleted, so a deleted instance cannot be restored: set finalSnapshotOnDelete to true.`,
      });
    }
  },
  quickFix: {
    label: 'Take a final snapshot on delete',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'rds', (p) => (p.finalSnapshotOnDelete ? undefined : { finalSnapshotOnDelete: true })),
  },
});
