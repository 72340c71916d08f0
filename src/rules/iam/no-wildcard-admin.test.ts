import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { noWildcardAdmin } from './no-wildcard-admin';

const base = referenceDesign();
const role = (id: string, policies: { actions: string[]; resources: string[] }[]) =>
  node(id, 'iam-role', { label: 'App role', props: { policies } });
const user = (id: string, policies: { actions: string[]; resources: string[] }[]) =>
  node(id, 'iam-user', { label: 'Ops user', props: { policies } });
const bucket = node('bucket', 's3-bucket', { label: 'Reports' });

describeRule(noWildcardAdmin, [
  fires('a role with "*" on "*"', withItems(base, role('r', [{ actions: ['*'], resources: ['*'] }])), ['r'], {
    message: /App role has a policy statement granting every action \("\*"\) on every resource/,
  }),
  fires('a user with "*" on "*"', withItems(base, user('u', [{ actions: ['*'], resources: ['*'] }])), ['u'], {
    message: /^Ops user/,
  }),
  fires(
    'one finding for several admin statements',
    withItems(
      base,
      role('r', [
        { actions: ['*'], resources: ['*'] },
        { actions: ['s3:GetObject', '*'], resources: ['arn:aws:s3:::b/*', '*'] },
      ]),
    ),
    ['r'],
    { message: /2 policy statements/ },
  ),
  fires(
    'an access edge with action "*"',
    withItems(base, role('r', []), bucket, edge('grant', 'access', 'r', 'bucket', { actions: ['s3:GetObject', '*'] })),
    ['grant'],
    { message: /App role → Reports \(access\) grants every action/ },
  ),
  fires('an access edge with the default actions (["*"])', withItems(base, user('u', []), bucket, edge('grant', 'access', 'u', 'bucket')), [
    'grant',
  ]),
  fires(
    'both a statement and an access edge',
    withItems(base, role('r', [{ actions: ['*'], resources: ['*'] }]), bucket, edge('grant', 'access', 'r', 'bucket')),
    ['r', 'grant'],
  ),
  passes('the clean reference design', base),
  passes('"*" on named resources (that is iam/service-wildcard)', withItems(base, role('r', [{ actions: ['*'], resources: ['arn:aws:s3:::b/*'] }]))),
  passes('a whole service on "*"', withItems(base, role('r', [{ actions: ['s3:*'], resources: ['*'] }]))),
  passes('a "*" statement with no resources grants nothing', withItems(base, role('r', [{ actions: ['*'], resources: [] }]))),
  passes(
    'an access edge with a whole service or named actions',
    withItems(
      base,
      role('r', []),
      bucket,
      edge('g1', 'access', 'r', 'bucket', { actions: ['s3:*'] }),
      edge('g2', 'access', 'r', 'bucket', { actions: ['s3:GetObject'] }),
    ),
  ),
]);
