import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { DiagramNode } from '../../model/types';
import { readReplicaEngine } from './read-replica-engine';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const primary = (engine: string): DiagramNode => ({ ...db, props: { ...db.props, engine } });
const replica = (engine: string) => node('replica', 'rds', { parent: 'private-b', label: 'Replica', props: { engine } });
const repl = edge('repl', 'replication', 'db', 'replica');

describeRule(readReplicaEngine, [
  fires('an oracle-ee source and replica', withItems(base, primary('oracle-ee'), replica('oracle-ee'), repl), ['repl'], {
    message: /Orders DB → Replica \(replication\) replicates oracle-ee,/,
  }),
  fires('a sqlserver-se replica', withItems(base, replica('sqlserver-se'), repl), ['repl']),
  fires('a sqlserver-ee source, one finding naming both engines', withItems(base, primary('sqlserver-ee'), replica('oracle-se'), repl), ['repl'], {
    message: /replicates sqlserver-ee and oracle-se/,
  }),
  passes('the clean reference design', base),
  passes('postgres to postgres', withItems(base, replica('postgres'), repl)),
  passes('mysql to mysql', withItems(base, primary('mysql'), replica('mysql'), repl)),
  passes('mariadb to mariadb', withItems(base, primary('mariadb'), replica('mariadb'), repl)),
  passes('aurora-mysql to aurora-postgres (engine mismatch is another rule)', withItems(base, primary('aurora-mysql'), replica('aurora-postgres'), repl)),
  passes('an oracle rds with no replication edge', withItems(base, primary('oracle-ee'))),
]);
