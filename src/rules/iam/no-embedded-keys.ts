import { COMPUTE_TYPES } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { attachInstanceRole } from './attachInstanceRole';

export const noEmbeddedKeys = defineRule({
  id: 'iam/no-embedded-keys',
  severity: 'warning',
  title: 'No access keys on instances',
  description: 'A compute node has credentials access-keys.',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      "AWS resources require security credentials for programmatic requests; however, you shouldn't embed long-term security credentials in your application because they are accessible to the application's users and can be difficult to rotate.",
  },
  fix: 'Remove the access keys from the host and give it an IAM role through an instance profile (credentials instance-role plus an assume edge to the role), so it gets temporary credentials.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType(...COMPUTE_TYPES); i < list.length; i++) {
      const host = list[i]!;
      if (nodeProp(host, 'credentials') !== 'access-keys') continue;
      report({
        target: nodeTarget(host.id),
        message: `${index.name(host)} has long-term access keys embedded: remove them and attach an IAM role through an instance profile instead.`,
      });
    }
  },
  quickFix: {
    label: 'Replace the keys with an instance role',
    apply: (diagram, target) => (target.kind === 'node' ? attachInstanceRole(diagram, target.id) : diagram),
  },
});
