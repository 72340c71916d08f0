import { nodeProp, edgeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { edgeTarget, nodeTarget } from '../types';
import { classifyGrant, statementsOf } from './classifyGrant';

export const serviceWildcard = defineRule({
  id: 'iam/service-wildcard',
  severity: 'warning',
  title: 'No whole-service wildcard grants',
  description:
    'A policy statement or access edge grants a whole service ("s3:*", "rds:*", ...), or a policy statement grants "*" on resources that are not "*" ("*" on "*" and "*" on an access edge are iam/no-wildcard-admin).',
  section: 'IAM',
  basis: {
    kind: 'document',
    quote:
      'AWS IAM enables you to implement security best practices, such as least privilege, by granting unique credentials to every user within your AWS Account and only granting permission to access the AWS services and resources required for the users to perform their jobs.',
  },
  fix: 'Replace the service wildcard (such as s3:*) or the bare "*" with the individual actions that are needed, such as s3:GetObject and s3:PutObject.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-role', 'iam-user'); i < list.length; i++) {
      const principal = list[i]!;
      const { first, count } = statementsOf(nodeProp(principal, 'policies'), 'service');
      if (first === undefined) continue;
      const what = first.action?.trim() === '*' ? 'every action ("*") on the resources it names' : `a whole service ("${first.action}")`;
      const more = count === 1 ? '' : ` (and ${count - 1} more like it)`;
      report({
        target: nodeTarget(principal.id),
        message: `${index.name(principal)} has a policy statement granting ${what}${more}: list only the actions it needs.`,
      });
    }
    for (let i = 0, list = index.edgesOfKind('access'); i < list.length; i++) {
      const access = list[i]!;
      const grant = classifyGrant(edgeProp(access, 'actions'));
      if (grant.breadth !== 'service') continue;
      report({
        target: edgeTarget(access.id),
        message: `${index.describeEdge(access)} grants a whole service ("${grant.action}"): list only the actions needed, such as s3:GetObject.`,
      });
    }
  },
});
