import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { hsmInVpc } from './hsm-in-vpc';

const base = referenceDesign();
const hsm = (parent?: string) =>
  node('hsm', 'cloudhsm', { label: 'Key HSM', ...(parent === undefined ? {} : { parent }) });

describeRule(hsmInVpc, [
  fires('a cloudhsm at top level', withItems(base, hsm()), ['hsm'], {
    message: /Key HSM is not in a subnet of a VPC/,
  }),
  fires('a cloudhsm in a public subnet', withItems(base, hsm('public-a')), ['hsm'], {
    message: /Key HSM sits in Public subnet A, a public subnet/,
  }),
  fires(
    'several misplaced cloudhsms, one finding each',
    withItems(base, hsm(), node('hsm2', 'cloudhsm', { parent: 'public-a' }), node('hsm3', 'cloudhsm', { parent: 'private-a' })),
    ['hsm', 'hsm2'],
  ),
  passes('the clean reference design (no cloudhsm)', base),
  passes('a cloudhsm in a private subnet', withItems(base, hsm('private-a'))),
]);
