import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { userAccessKeys } from './user-access-keys';

const base = referenceDesign();
const user = (id: string, props: Record<string, boolean>) => node(id, 'iam-user', { label: `User ${id}`, props });

describeRule(userAccessKeys, [
  fires('a user with access keys', withItems(base, user('ci', { accessKeys: true })), ['ci'], {
    message: /User ci has long-term access keys/,
  }),
  fires(
    'only the users with keys',
    withItems(base, user('a', { accessKeys: true, consoleAccess: true, mfa: true }), user('b', { consoleAccess: true, mfa: true })),
    ['a'],
  ),
  passes('the clean reference design', base),
  passes('a user without access keys', withItems(base, user('b', { consoleAccess: true, mfa: true }))),
]);
