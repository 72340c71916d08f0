import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems, without } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsStandbyAz } from './rds-standby-az';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const privateB = base.nodes.find((n) => n.id === 'private-b')!;
const privateBIn = (availabilityZone: string) =>
  withItems(base, { ...privateB, props: { ...privateB.props, availabilityZone } });

describeRule(rdsStandbyAz, [
  fires('the only other private subnet is in the same zone', privateBIn('us-east-1a'), ['db'], {
    message: /Orders DB is Multi-AZ but Production VPC has no other private subnet outside us-east-1a/,
  }),
  fires('zones differing only in case are the same zone', privateBIn('US-East-1A'), ['db']),
  fires('the other private subnet is gone', without(base, 'private-b'), ['db']),
  fires(
    // A public subnet in another zone is no home for a private database's standby.
    'only a public subnet is in another zone',
    withItems(privateBIn('us-east-1a'), node('public-b', 'subnet', {
      parent: 'vpc',
      props: { cidr: '10.0.3.0/24', availabilityZone: 'us-east-1c', public: true },
    })),
    ['db'],
  ),
  fires(
    'a Multi-AZ rds in a public subnet with no other public subnet',
    withItems(base, node('db2', 'rds', { parent: 'public-a', label: 'Public DB', props: { multiAz: true } })),
    ['db2'],
    { message: /no other public subnet outside us-east-1a/ },
  ),
  fires(
    'two databases in one cramped VPC, each reported',
    withItems(privateBIn('us-east-1a'), node('db2', 'rds', { parent: 'private-b', props: { multiAz: true } })),
    ['db', 'db2'],
  ),
  passes('the clean reference design', base),
  passes('a single-AZ rds in a cramped VPC', withItems(privateBIn('us-east-1a'), { ...db, props: { ...db.props, multiAz: false } })),
  passes('a top-level Multi-AZ rds (it sits in no subnet)', withItems(base, node('db2', 'rds', { props: { multiAz: true } }))),
  passes(
    'a Multi-AZ rds in the second private subnet',
    withItems(base, node('db2', 'rds', { parent: 'private-b', props: { multiAz: true } })),
  ),
]);
