import { nodeProp } from '../../catalog/resolveProps';
import { isNodeOf } from '../../model/guards';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

/** The engines whose built-in replication the document names (Aurora shares MySQL's and PostgreSQL's). */
const DOCUMENTED_ENGINES: ReadonlySet<string> = new Set(['mysql', 'mariadb', 'postgres', 'aurora-mysql', 'aurora-postgres']);

export const readReplicaEngine = defineRule({
  id: 'ha/read-replica-engine',
  severity: 'info',
  title: 'Read replica engine supported',
  description:
    'A replication edge has a source or target whose engine is not mysql, mariadb, postgres, aurora-mysql or aurora-postgres (the document lists only those; Oracle and SQL Server replicas now exist but depend on edition and licensing).',
  section: 'RDS / DB Instance Replication',
  basis: {
    kind: 'document',
    quote:
      "Amazon RDS also uses the PostgreSQL, MySQL, and MariaDB DB engines' built-in replication functionality to create a special type of DB instance called a Read Replica from a source DB instance.",
  },
  fix: 'Use a MySQL, MariaDB, PostgreSQL or Aurora engine for read replicas, or confirm that your Oracle or SQL Server edition and licence support them.',
  check(index, report) {
    for (let i = 0, list = index.edgesOfKind('replication'); i < list.length; i++) {
      const replication = list[i]!;
      const engines: string[] = [];
      for (const id of [replication.source, replication.target]) {
        const end = index.node(id);
        if (end === undefined || !isNodeOf(end, 'rds')) continue;
        const engine = nodeProp(end, 'engine');
        if (!DOCUMENTED_ENGINES.has(engine) && !engines.includes(engine)) engines.push(engine);
      }
      if (engines.length === 0) continue;
      report({
        target: edgeTarget(replication.id),
        message: `${index.describeEdge(replication)} replicates ${engines.join(' and ')}, whose read replicas depend on edition and licensing: check they are supported, or use MySQL, MariaDB, PostgreSQL or Aurora.`,
      });
    }
  },
});
