import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsMultiAz } from './rds-multi-az';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const singleAz = withItems(base, { ...db, props: { ...db.props, multiAz: false } });
const replica = node('replica', 'rds', { parent: 'private-b', label: 'Orders replica' });

describeRule(rdsMultiAz, [
  fires('an rds with multiAz false', singleAz, ['db'], { message: /Orders DB is not Multi-AZ.*set multiAz to true/ }),
  fires('a top-level rds with the default multiAz', withItems(base, node('db2', 'rds')), ['db2']),
  fires(
    'a single-AZ source of a replication edge (only the target is a read replica)',
    withItems(singleAz, { ...replica, props: { multiAz: true } }, edge('repl', 'replication', 'db', 'replica')),
    ['db'],
  ),
  passes('the clean reference design', base),
  passes('a single-AZ read replica', withItems(base, replica, edge('repl', 'replication', 'db', 'replica'))),
]);
