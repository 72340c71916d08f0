import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { dataStorePrivateSubnet } from './data-store-private-subnet';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const privateA = base.nodes.find((n) => n.id === 'private-a')!;

describeRule(dataStorePrivateSubnet, [
  fires('the reference rds moved into the public subnet', withItems(base, { ...db, parent: 'public-a' }), ['db'], {
    message: /Orders DB sits in public subnet Public subnet A/,
  }),
  fires(
    'a redshift and an elasticache in the public subnet',
    withItems(base, node('dw', 'redshift', { parent: 'public-a' }), node('cache', 'elasticache', { parent: 'public-a' })),
    ['dw', 'cache'],
  ),
  fires(
    'the rds subnet made public',
    withItems(base, { ...privateA, props: { ...privateA.props, public: true } }),
    ['db'],
  ),
  passes('the clean reference design', base),
  passes('a top-level rds is in no subnet (net/data-store-in-vpc reports it)', withItems(base, { ...db, parent: undefined })),
  passes(
    'a subnet with public explicitly false',
    withItems(base, { ...privateA, props: { ...privateA.props, public: false } }),
  ),
  passes('a compute node in the public subnet', withItems(base, node('web', 'ec2-instance', { parent: 'public-a' }))),
]);
