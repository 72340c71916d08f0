import { nodeProp, edgeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { edgeTarget, nodeTarget } from '../types';
import { classifyGrant, statementsOf } from './classifyGrant';

export const noWildcardAdmin = defineRule({
  id: 'iam/no-wildcard-admin',
  severity: 'error',
  title: 'No full-admin wildcard grants',
  description: 'An iam-role or iam-user has a policy statement with action "*" on resource "*", or an access edge with action "*".',
  section: 'IAM',
  basis: {
    kind: 'document',
    quote:
      'AWS IAM enables you to implement security best practices, such as least privilege, by granting unique credentials to every user within your AWS Account and only granting permission to access the AWS services and resources required for the users to perform their jobs.',
  },
  fix: 'Replace "*" with the specific actions the role or user needs (for example s3:GetObject), on the specific resources it needs.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-role', 'iam-user'); i < list.length; i++) {
      const principal = list[i]!;
      const { count } = statementsOf(nodeProp(principal, 'policies'), 'admin');
      if (count === 0) continue;
      const which = count === 1 ? 'a policy statement' : `${count} policy statements`;
      report({
        target: nodeTarget(principal.id),
        message: `${index.name(principal)} has ${which} granting every action ("*") on every resource ("*"): replace it with the specific actions and resources it needs.`,
      });
    }
    for (let i = 0, list = index.edgesOfKind('access'); i < list.length; i++) {
      const access = list[i]!;
      if (classifyGrant(edgeProp(access, 'actions')).breadth !== 'admin') continue;
      report({
        target: edgeTarget(access.id),
        message: `${index.describeEdge(access)} grants every action ("*"): list only the actions needed, such as s3:GetObject.`,
      });
    }
  },
});
