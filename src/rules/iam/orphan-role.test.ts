import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { orphanRole } from './orphan-role';

const base = referenceDesign();
const role = node('r', 'iam-role', { label: 'Reports role' });
const bucket = node('bucket', 's3-bucket');

describeRule(orphanRole, [
  fires('a role nothing assumes', withItems(base, role), ['r'], { message: /Reports role is assumed by nothing/ }),
  fires(
    'a role that only grants access and assumes another role',
    withItems(
      base,
      role,
      bucket,
      node('r2', 'iam-role', { props: { trustedAccounts: ['123456789012'] } }),
      edge('grant', 'access', 'r', 'bucket', { actions: ['s3:GetObject'] }),
      edge('chain', 'assume', 'r', 'r2'),
    ),
    ['r'],
  ),
  passes('the clean reference design', base),
  passes('a role an instance assumes', withItems(base, role, edge('a', 'assume', 'bastion', 'r'))),
  passes('a role a user assumes', withItems(base, role, node('u', 'iam-user'), edge('a', 'assume', 'u', 'r'))),
  passes('a role an identity provider assumes', withItems(base, role, node('idp', 'identity-provider'), edge('a', 'assume', 'idp', 'r'))),
  passes('a role trusted by another account', withItems(base, { ...role, props: { trustedAccounts: ['123456789012'] } })),
]);
