import { COMPUTE_TYPES } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { attachInstanceRole } from './attachInstanceRole';

export const noRootKeys = defineRule({
  id: 'iam/no-root-keys',
  severity: 'error',
  title: 'No root account keys on instances',
  description: 'A compute node has credentials root-access-keys.',
  section: 'IAM',
  basis: {
    kind: 'document',
    quote:
      'AWS IAM enables you to minimize the use of your AWS Account credentials. Once you create AWS IAM user accounts, all interactions with AWS Services and resources should occur with AWS IAM user security credentials.',
  },
  fix: "Remove the account's root access keys from the host (and delete them) and give it an IAM role through an instance profile (credentials instance-role plus an assume edge to the role).",
  check(index, report) {
    for (let i = 0, list = index.nodesOfType(...COMPUTE_TYPES); i < list.length; i++) {
      const host = list[i]!;
      if (nodeProp(host, 'credentials') !== 'root-access-keys') continue;
      report({
        target: nodeTarget(host.id),
        message: `${index.name(host)} uses the AWS account's root access keys: delete them and attach an IAM role through an instance profile instead.`,
      });
    }
  },
  quickFix: {
    label: 'Replace the root keys with an instance role',
    apply: (diagram, target) => (target.kind === 'node' ? attachInstanceRole(diagram, target.id) : diagram),
  },
});
