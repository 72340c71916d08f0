import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { patchNodeIf } from '../backup/patchNodeIf';
import { nodeTarget } from '../types';
import { SUGGESTED_WINDOW } from './maintenanceWindow';

export const maintenanceWindowDefault = defineRule({
  id: 'ha/maintenance-window-default',
  severity: 'info',
  title: 'RDS maintenance window chosen',
  description: 'An rds maintenanceWindow is empty (AWS picks a 30-minute window for you).',
  section: 'RDS / Automatic Software Patching',
  basis: {
    kind: 'document',
    quote:
      'If you do not specify a preferred weekly maintenance window when creating your DB Instance, a 30-minute default value is assigned.',
  },
  fix: 'Choose a weekly maintenance window (ddd:hh:mm-ddd:hh:mm, UTC, at least 30 minutes) in your quietest hours, so patching and scaling happen when you expect them.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'maintenanceWindow') !== '') continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} has no maintenance window, so AWS picks a 30-minute one that may fall in busy hours: set maintenanceWindow to a quiet time, for example ${SUGGESTED_WINDOW}.`,
      });
    }
  },
  quickFix: {
    label: `Set the maintenance window to ${SUGGESTED_WINDOW}`,
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'rds', (p) =>
        p.maintenanceWindow === '' ? { maintenanceWindow: SUGGESTED_WINDOW } : undefined,
      ),
  },
});
