import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import type { Diagram, DiagramNode } from '../../model/types';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

export const replicaEngineMatch = defineRule({
  id: 'ha/replica-engine-match',
  severity: 'error',
  title: 'Read replica has its source\'s engine',
  description: 'A replication edge joins two rds with different engines.',
  section: 'RDS / DB Instance Replication',
  basis: {
    kind: 'document',
    quote:
      "Amazon RDS also uses the PostgreSQL, MySQL, and MariaDB DB engines' built-in replication functionality to create a special type of DB instance called a Read Replica from a source DB instance.",
  },
  fix: 'Give the read replica the same engine as its source: replication is the engine\'s own, so it cannot cross engines.',
  check(index, report) {
    for (let i = 0, list = index.edgesOfKind('replication'); i < list.length; i++) {
      const replication = list[i]!;
      const source = index.node(replication.source);
      const replica = index.node(replication.target);
      if (source === undefined || replica === undefined || !isNodeOf(source, 'rds') || !isNodeOf(replica, 'rds')) continue;
      const from = nodeProp(source, 'engine');
      const to = nodeProp(replica, 'engine');
      if (from === to) continue;
      report({
        target: edgeTarget(replication.id),
        message: `${index.describeEdge(replication)} replicates ${from} into ${/^[aeiou]/.test(to) ? 'an' : 'a'} ${to} replica, which RDS cannot do: set ${index.name(replica)}'s engine to ${from}.`,
      });
    }
  },
  quickFix: {
    label: "Give the replica its source's engine",
    apply: (diagram, target) => {
      if (target.kind !== 'edge') return diagram;
      const replication = diagram.edges.find((e) => e.id === target.id);
      if (replication === undefined) return diagram;
      const source = rdsNode(diagram, replication.source);
      const replica = rdsNode(diagram, replication.target);
      if (source === undefined || replica === undefined) return diagram;
      const engine = nodeProp(source, 'engine');
      return nodeProp(replica, 'engine') === engine ? diagram : setNodeProps(diagram, replica.id, { engine });
    },
  },
});

function rdsNode(diagram: Diagram, id: string): (DiagramNode & { readonly type: 'rds' }) | undefined {
  const found = diagram.nodes.find((n) => n.id === id);
  return found !== undefined && isNodeOf(found, 'rds') ? found : undefined;
}
