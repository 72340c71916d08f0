import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsEncryptionAtRest } from './rds-encryption-at-rest';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const rds = (id: string, encryptionAtRest: string, engine = 'postgres') =>
  node(id, 'rds', { props: { engine, encryptionAtRest } });

describeRule(rdsEncryptionAtRest, [
  fires(
    'the reference rds with encryptionAtRest none',
    withItems(base, { ...db, props: { ...db.props, encryptionAtRest: 'none' } }),
    ['db'],
    { message: /Orders DB is not encrypted at rest/ },
  ),
  fires('a top-level mysql rds with encryptionAtRest none', withItems(base, rds('db2', 'none', 'mysql')), ['db2']),
  passes('the clean reference design (storage encryption)', base),
  passes('an rds left at the default (storage)', withItems(base, node('db2', 'rds'))),
  passes('an rds with tde (its engine is kms/rds-tde-engine)', withItems(base, rds('db2', 'tde', 'oracle-ee'))),
  passes('an rds with application encryption', withItems(base, rds('db2', 'application', 'mysql'))),
]);
