import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { bastionInPublicSubnet } from './bastion-in-public-subnet';

const base = referenceDesign();
const bastion = base.nodes.find((n) => n.id === 'bastion')!;
const publicA = base.nodes.find((n) => n.id === 'public-a')!;

describeRule(bastionInPublicSubnet, [
  fires('the bastion at top level', withItems(base, { ...bastion, parent: undefined }), ['bastion'], {
    message: /SSH bastion is not in any subnet/,
  }),
  fires('the bastion in a private subnet', withItems(base, { ...bastion, parent: 'private-a' }), ['bastion'], {
    message: /SSH bastion sits in private subnet Private subnet A/,
  }),
  fires(
    'the bastion subnet made private',
    withItems(base, { ...publicA, props: { ...publicA.props, public: false } }),
    ['bastion'],
  ),
  fires(
    'a second bastion without a label at top level',
    withItems(base, node('jump', 'bastion')),
    ['jump'],
    { message: /^Bastion host is not in any subnet/ },
  ),
  passes('the clean reference design', base),
  passes('a second bastion in the public subnet', withItems(base, node('jump', 'bastion', { parent: 'public-a' }))),
]);
