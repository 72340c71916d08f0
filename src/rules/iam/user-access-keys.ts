import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const userAccessKeys = defineRule({
  id: 'iam/user-access-keys',
  severity: 'info',
  title: 'User with long-term access keys',
  description: 'An iam-user has accessKeys true (prefer roles and temporary credentials).',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      'The use of temporary credentials means additional protection for you because you don’t have to manage or distribute long-term credentials to temporary users.',
  },
  fix: 'Delete the user\'s access keys and have it assume an IAM role for programmatic access, so it works with temporary credentials.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-user'); i < list.length; i++) {
      const user = list[i]!;
      if (!nodeProp(user, 'accessKeys')) continue;
      report({
        target: nodeTarget(user.id),
        message: `${index.name(user)} has long-term access keys: prefer having it assume a role for temporary credentials, and set accessKeys to false.`,
      });
    }
  },
  quickFix: {
    label: 'Remove the access keys (accessKeys: false)',
    apply: (diagram, target) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { accessKeys: false }) : diagram,
  },
});
