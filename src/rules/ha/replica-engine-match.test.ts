import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { replicaEngineMatch } from './replica-engine-match';

const base = referenceDesign();
const replica = (id: string, engine?: string) =>
  node(id, 'rds', { parent: 'private-b', label: `Replica ${id}`, ...(engine === undefined ? {} : { props: { engine } }) });

describeRule(replicaEngineMatch, [
  fires('a mysql replica of a postgres source', withItems(base, replica('r1', 'mysql'), edge('repl', 'replication', 'db', 'r1')), ['repl'], {
    message: /Orders DB → Replica r1 \(replication\) replicates postgres into a mysql replica.*set Replica r1's engine to postgres/,
  }),
  fires(
    'aurora-postgres from postgres',
    withItems(base, replica('r1', 'aurora-postgres'), edge('repl', 'replication', 'db', 'r1')),
    ['repl'],
  ),
  fires(
    'only the mismatched edge of two',
    withItems(base, replica('r1'), replica('r2', 'mariadb'), edge('ok', 'replication', 'db', 'r1'), edge('bad', 'replication', 'db', 'r2')),
    ['bad'],
  ),
  passes('the clean reference design', base),
  passes('a replica with the default (postgres) engine', withItems(base, replica('r1'), edge('repl', 'replication', 'db', 'r1'))),
  passes('two unrelated rds with different engines', withItems(base, replica('r1', 'mysql'))),
]);
