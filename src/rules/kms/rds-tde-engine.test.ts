import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsTdeEngine } from './rds-tde-engine';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const rds = (id: string, engine: string, encryptionAtRest = 'tde') =>
  node(id, 'rds', { label: `${engine} DB`, props: { engine, encryptionAtRest } });

describeRule(rdsTdeEngine, [
  fires(
    'the reference postgres rds with tde',
    withItems(base, { ...db, props: { ...db.props, encryptionAtRest: 'tde' } }),
    ['db'],
    { message: /Orders DB uses TDE, which the postgres engine does not offer/ },
  ),
  fires('oracle-se with tde (Standard Edition Oracle has no TDE)', withItems(base, rds('ora', 'oracle-se')), ['ora']),
  fires(
    'every engine without TDE, one finding each',
    withItems(
      base,
      rds('e1', 'mysql'),
      rds('e2', 'mariadb'),
      rds('e3', 'aurora-mysql'),
      rds('e4', 'aurora-postgres'),
      node('e5', 'rds', { props: { encryptionAtRest: 'tde' } }),
    ),
    ['e1', 'e2', 'e3', 'e4', 'e5'],
  ),
  passes('the clean reference design', base),
  passes('oracle-ee with tde', withItems(base, rds('ora', 'oracle-ee'))),
  passes('sqlserver-ee with tde', withItems(base, rds('mss', 'sqlserver-ee'))),
  passes('sqlserver-se with tde (Standard Edition gained TDE later)', withItems(base, rds('mss', 'sqlserver-se'))),
  passes('oracle-se without tde', withItems(base, rds('ora', 'oracle-se', 'storage'))),
  passes('postgres with no encryption at all (kms/rds-encryption-at-rest)', withItems(base, rds('pg', 'postgres', 'none'))),
]);
