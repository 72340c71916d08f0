import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsPublicAccess } from './rds-public-access';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;

describeRule(rdsPublicAccess, [
  fires(
    'an rds with publiclyAccessible true',
    withItems(base, { ...db, props: { ...db.props, publiclyAccessible: true } }),
    ['db'],
    { message: /Orders DB is publicly accessible/ },
  ),
  fires(
    'a top-level rds with publiclyAccessible true',
    withItems(base, node('db2', 'rds', { props: { publiclyAccessible: true } })),
    ['db2'],
  ),
  passes('the clean reference design', base),
  passes('an rds with publiclyAccessible explicitly false', withItems(base, { ...db, props: { ...db.props, publiclyAccessible: false } })),
]);
