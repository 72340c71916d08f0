import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { trustAnyPrincipal } from './trust-any-principal';

const base = referenceDesign();
const role = (trustedAccounts: string[]) => node('r', 'iam-role', { label: 'Partner role', props: { trustedAccounts } });

describeRule(trustAnyPrincipal, [
  fires('"*" alone', withItems(base, role(['*'])), ['r'], { message: /Partner role trusts any principal/ }),
  fires('"*" among account ids', withItems(base, role(['123456789012', '*'])), ['r']),
  passes('the clean reference design', base),
  passes('specific accounts', withItems(base, role(['123456789012', '210987654321']))),
  passes('no trusted accounts', withItems(base, role([]))),
  passes('an account id that merely contains "*" is not "*"', withItems(base, role(['12345678*']))),
]);
