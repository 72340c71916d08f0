import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const orphanRole = defineRule({
  id: 'iam/orphan-role',
  severity: 'info',
  title: 'Role that nothing assumes',
  description: 'An iam-role is the target of no assume edge and has no trustedAccounts.',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      'An authorized entity (e.g., mobile user, EC2 instance) assumes a role and receives temporary security credentials for authenticating to the resources defined in the role.',
  },
  fix: 'Draw an assume edge from whoever uses the role (an instance, user, role or identity provider), list the accounts that may assume it, or delete the role.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-role'); i < list.length; i++) {
      const role = list[i]!;
      if (index.inEdges(role.id, 'assume').length > 0) continue;
      if (nodeProp(role, 'trustedAccounts').length > 0) continue;
      report({
        target: nodeTarget(role.id),
        message: `${index.name(role)} is assumed by nothing on the diagram and trusts no other account: draw an assume edge from whoever uses it, or remove it.`,
      });
    }
  },
});
