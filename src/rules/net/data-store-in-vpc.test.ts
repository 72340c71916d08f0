import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { dataStoreInVpc } from './data-store-in-vpc';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;

describeRule(dataStoreInVpc, [
  fires('the reference rds moved to top level', withItems(base, { ...db, parent: undefined }), ['db'], {
    message: /Orders DB is not inside a VPC/,
  }),
  fires(
    'a top-level redshift and a top-level elasticache',
    withItems(base, node('dw', 'redshift', { label: 'Warehouse' }), node('cache', 'elasticache')),
    ['dw', 'cache'],
  ),
  passes('the clean reference design', base),
  passes(
    'a redshift and an elasticache in a private subnet',
    withItems(base, node('dw', 'redshift', { parent: 'private-b' }), node('cache', 'elasticache', { parent: 'private-b' })),
  ),
  passes('a top-level compute node is not a data store', withItems(base, node('app', 'ec2-instance'))),
]);
