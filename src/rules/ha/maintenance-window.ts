import { nodeProp } from '../../catalog/resolveProps';
import { patchNodeIf } from '../backup/patchNodeIf';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import {
  formatMaintenanceWindow,
  maintenanceWindowProblem,
  MIN_WINDOW_MINUTES,
  parseMaintenanceWindow,
  SUGGESTED_WINDOW,
} from './maintenanceWindow';

export const maintenanceWindow = defineRule({
  id: 'ha/maintenance-window',
  severity: 'error',
  title: 'RDS maintenance window valid',
  description:
    'An rds maintenanceWindow is not empty and is not a valid `ddd:hh:mm-ddd:hh:mm` window (days mon to sun, hours 00-23, minutes 00-59, UTC; the length runs forward from start to end and may cross midnight, sunday into monday included; a start equal to its end is 0 minutes) lasting at least 30 minutes.',
  section: 'RDS / Automatic Software Patching',
  basis: {
    kind: 'document',
    quote:
      'If a “maintenance” event is scheduled for a given week, it will be initiated and completed at some point during the 30-minute maintenance window you identify.',
  },
  fix: 'Write the window as ddd:hh:mm-ddd:hh:mm in UTC (for example sun:03:00-sun:03:30), at least 30 minutes long, or leave it empty to let AWS choose.',
  check(index, report) {
    // Designs repeat a handful of windows across many databases: judge each distinct text once.
    const judged = new Map<string, ReturnType<typeof maintenanceWindowProblem> | null>();
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      const written = nodeProp(db, 'maintenanceWindow');
      let problem = judged.get(written);
      if (problem === undefined) {
        problem = maintenanceWindowProblem(written) ?? null;
        judged.set(written, problem);
      }
      if (problem === null) continue;
      const shown = JSON.stringify(written.length > 40 ? `${written.slice(0, 40)}…` : written);
      report({
        target: nodeTarget(db.id),
        message:
          problem.kind === 'malformed'
            ? `${index.name(db)} has a malformed maintenance window ${shown} (${problem.reason}): write it as ddd:hh:mm-ddd:hh:mm in UTC, for example ${SUGGESTED_WINDOW}.`
            : `${index.name(db)} has a maintenance window ${shown} that is too short (${problem.reason}): make it at least ${MIN_WINDOW_MINUTES} minutes long.`,
      });
    }
  },
  quickFix: {
    label: 'Set a 30-minute maintenance window',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'rds', ({ maintenanceWindow: written }) => {
        if (maintenanceWindowProblem(written) === undefined) return undefined;
        // A window that only runs short keeps the start the designer chose.
        const parsed = parseMaintenanceWindow(written);
        return { maintenanceWindow: parsed.ok ? formatMaintenanceWindow(parsed.start, MIN_WINDOW_MINUTES) : SUGGESTED_WINDOW };
      }),
  },
});
