import { COMPUTE_TYPES } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { attachInstanceRole } from './attachInstanceRole';

export const instanceRoleAttached = defineRule({
  id: 'iam/instance-role-attached',
  severity: 'warning',
  title: 'Instance role is attached',
  description: 'A compute node has credentials instance-role but is the source of no assume edge.',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      'Applications Running on EC2 Instances that Need to Access AWS Resources. If an application runs on an Amazon EC2 instance and needs to make requests for AWS resources such as Amazon S3 buckets or a DynamoDB table, it must have security credentials.',
  },
  fix: 'Draw an assume edge from the host to the IAM role its instance profile carries, adding the role if it is not on the diagram.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType(...COMPUTE_TYPES); i < list.length; i++) {
      const host = list[i]!;
      if (nodeProp(host, 'credentials') !== 'instance-role') continue;
      if (index.outEdges(host.id, 'assume').length > 0) continue;
      report({
        target: nodeTarget(host.id),
        message: `${index.name(host)} expects an instance role but assumes none: add an assume edge to the IAM role its instance profile carries.`,
      });
    }
  },
  quickFix: {
    label: 'Add an IAM role for it',
    apply: (diagram, target) => (target.kind === 'node' ? attachInstanceRole(diagram, target.id) : diagram),
  },
});
