import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

/** What AWS accepts for a role's maximum session duration, in hours. */
const MIN_HOURS = 1;
const MAX_HOURS = 12;

export const sessionDuration = defineRule({
  id: 'iam/session-duration',
  severity: 'error',
  title: 'Role session duration within 1-12 hours',
  description: 'An iam-role has maxSessionHours below 1 or above 12 (what AWS accepts).',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      'Temporary security credentials provide enhanced security due to their short life-span (the default expiration is 12 hours) and the fact that they cannot be reused after they expire.',
  },
  fix: 'Set the maximum session duration between 1 and 12 hours; shorter sessions limit how long leaked temporary credentials stay usable.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-role'); i < list.length; i++) {
      const role = list[i]!;
      const hours = nodeProp(role, 'maxSessionHours');
      if (hours >= MIN_HOURS && hours <= MAX_HOURS) continue;
      report({
        target: nodeTarget(role.id),
        message: `${index.name(role)} has maxSessionHours ${hours}, which AWS does not accept: set it between ${MIN_HOURS} and ${MAX_HOURS} hours.`,
      });
    }
  },
  quickFix: {
    label: 'Clamp the session duration to 1-12 hours',
    apply: (diagram, target) => {
      if (target.kind !== 'node') return diagram;
      const role = diagram.nodes.find((n) => n.id === target.id);
      if (role === undefined || !isNodeOf(role, 'iam-role')) return diagram;
      const hours = nodeProp(role, 'maxSessionHours');
      const clamped = Math.min(MAX_HOURS, Math.max(MIN_HOURS, hours));
      return clamped === hours ? diagram : setNodeProps(diagram, role.id, { maxSessionHours: clamped });
    },
  },
});
