import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

const isAnyPrincipal = (account: string): boolean => account.trim() === '*';

export const trustAnyPrincipal = defineRule({
  id: 'iam/trust-any-principal',
  severity: 'error',
  title: 'Role does not trust any principal',
  description: 'An iam-role has "*" in trustedAccounts.',
  section: 'IAM / Roles',
  basis: {
    kind: 'document',
    quote:
      'Cross-Account Access. For organizations who use multiple AWS Accounts to manage their resources, you can set up roles to provide users who have permissions in one account to access resources under another account.',
  },
  fix: 'Remove "*" from the trusted accounts and list the specific account ids that need to assume the role.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('iam-role'); i < list.length; i++) {
      const role = list[i]!;
      if (!nodeProp(role, 'trustedAccounts').some(isAnyPrincipal)) continue;
      report({
        target: nodeTarget(role.id),
        message: `${index.name(role)} trusts any principal ("*"), so anyone with an AWS account can assume it: list only the account ids that need it.`,
      });
    }
  },
  quickFix: {
    label: 'Remove "*" from the trusted accounts',
    apply: (diagram, target) => {
      if (target.kind !== 'node') return diagram;
      const role = diagram.nodes.find((n) => n.id === target.id);
      if (role === undefined || !isNodeOf(role, 'iam-role')) return diagram;
      const accounts = nodeProp(role, 'trustedAccounts');
      const kept = accounts.filter((a) => !isAnyPrincipal(a));
      return kept.length === accounts.length ? diagram : setNodeProps(diagram, role.id, { trustedAccounts: kept });
    },
  },
});
