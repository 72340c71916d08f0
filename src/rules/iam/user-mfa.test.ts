import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { userMfa } from './user-mfa';

const base = referenceDesign();
const user = (props: Record<string, boolean>) => node('u', 'iam-user', { label: 'Alice', props });

describeRule(userMfa, [
  fires('console access without MFA', withItems(base, user({ consoleAccess: true })), ['u'], {
    message: /Alice can sign in to the console without MFA/,
  }),
  fires('console access with mfa explicitly false', withItems(base, user({ consoleAccess: true, mfa: false, accessKeys: true })), ['u']),
  passes('the clean reference design', base),
  passes('console access with MFA', withItems(base, user({ consoleAccess: true, mfa: true }))),
  passes('no console access and no MFA', withItems(base, user({ accessKeys: true }))),
]);
