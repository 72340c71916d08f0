import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { sessionDuration } from './session-duration';

const base = referenceDesign();
const role = (hours?: number) =>
  node('r', 'iam-role', { label: 'App role', ...(hours === undefined ? {} : { props: { maxSessionHours: hours } }) });
const withRole = (hours?: number) => withItems(base, role(hours), edge('a', 'assume', 'bastion', 'r'));

describeRule(sessionDuration, [
  fires('0 hours', withRole(0), ['r'], { message: /App role has maxSessionHours 0.*between 1 and 12/ }),
  fires('13 hours', withRole(13), ['r'], { message: /maxSessionHours 13/ }),
  fires('a negative duration', withRole(-4), ['r']),
  fires('36 hours', withRole(36), ['r']),
  passes('the clean reference design', base),
  passes('the default (1 hour)', withRole()),
  passes('1 hour', withRole(1)),
  passes('12 hours', withRole(12)),
]);
