import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { serviceWildcard } from './service-wildcard';

const base = referenceDesign();
type Statement = { actions: string[]; resources: string[] };
const role = (id: string, policies: Statement[]) => node(id, 'iam-role', { label: 'App role', props: { policies } });
const user = (id: string, policies: Statement[]) => node(id, 'iam-user', { label: 'Ops user', props: { policies } });
const bucket = node('bucket', 's3-bucket', { label: 'Reports' });
const grant = (actions: string[]) => edge('grant', 'access', 'r', 'bucket', { actions });

describeRule(serviceWildcard, [
  fires('a role granting "s3:*"', withItems(base, role('r', [{ actions: ['s3:*'], resources: ['*'] }])), ['r'], {
    message: /App role has a policy statement granting a whole service \("s3:\*"\)/,
  }),
  fires('a user granting "rds:*" on a named resource', withItems(base, user('u', [{ actions: ['rds:*'], resources: ['arn:aws:rds:us-east-1:1:db:x'] }])), ['u']),
  fires('upper-case "S3:*"', withItems(base, role('r', [{ actions: ['S3:*'], resources: ['*'] }])), ['r'], { message: /"S3:\*"/ }),
  fires(
    '"*" on resources that are not "*"',
    withItems(base, role('r', [{ actions: ['*'], resources: ['arn:aws:s3:::b/*'] }])),
    ['r'],
    { message: /every action \("\*"\) on the resources it names/ },
  ),
  fires(
    'one finding for several offending statements',
    withItems(
      base,
      role('r', [
        { actions: ['s3:*'], resources: ['*'] },
        { actions: ['sqs:*'], resources: ['*'] },
        { actions: ['*'], resources: ['arn:aws:s3:::b'] },
      ]),
    ),
    ['r'],
    { message: /"s3:\*"\) \(and 2 more like it\)/ },
  ),
  fires(
    'a whole-service statement beside an admin one (the admin one is iam/no-wildcard-admin)',
    withItems(base, role('r', [{ actions: ['*'], resources: ['*'] }, { actions: ['kms:*'], resources: ['*'] }])),
    ['r'],
  ),
  fires('an access edge granting "s3:*"', withItems(base, role('r', []), bucket, grant(['s3:GetObject', 's3:*'])), ['grant'], {
    message: /App role → Reports \(access\) grants a whole service \("s3:\*"\)/,
  }),
  passes('the clean reference design', base),
  passes('a prefix wildcard "s3:Get*" is not a whole service', withItems(base, role('r', [{ actions: ['s3:Get*'], resources: ['*'] }]))),
  passes('"*" on "*" is iam/no-wildcard-admin', withItems(base, role('r', [{ actions: ['*'], resources: ['*'] }]))),
  passes('"*" on "*" and a named resource is iam/no-wildcard-admin', withItems(base, role('r', [{ actions: ['*'], resources: ['arn:aws:s3:::b', '*'] }]))),
  passes('named actions', withItems(base, user('u', [{ actions: ['s3:GetObject', 'sqs:SendMessage'], resources: ['*'] }]))),
  passes('a whole service with no resources grants nothing', withItems(base, role('r', [{ actions: ['s3:*'], resources: [] }]))),
  passes('"*" on an access edge is iam/no-wildcard-admin', withItems(base, role('r', []), bucket, grant(['*', 's3:*']))),
  passes('an access edge with named actions', withItems(base, role('r', []), bucket, grant(['s3:GetObject', 's3:Put*']))),
]);
