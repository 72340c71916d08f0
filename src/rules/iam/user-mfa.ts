import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const userMfa = defineRule({
  id: 'iam/user-mfa',
  severity: 'warning',
  title: 'Console users have MFA',
  description: 'An iam-user has consoleAccess true and mfa false.',
  section: 'common practice: CIS AWS Foundations 1.10',
  basis: {
    kind: 'common-practice',
    reference: 'CIS AWS Foundations Benchmark v1.4, control 1.10',
    text: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password.',
  },
  fix: 'Enable an MFA device for the user, or remove its console password if it does not need the console.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-user'); i < list.length; i++) {
      const user = list[i]!;
      if (!nodeProp(user, 'consoleAccess') || nodeProp(user, 'mfa')) continue;
      report({
        target: nodeTarget(user.id),
        message: `${index.name(user)} can sign in to the console without MFA: enable an MFA device for it (mfa true) or remove its console access.`,
      });
    }
  },
  quickFix: {
    label: 'Require MFA (mfa: true)',
    apply: (diagram, target) => (target.kind === 'node' ? setNodeProps(diagram, target.id, { mfa: true }) : diagram),
  },
});
