import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

export const redshiftNodeMirroring = defineRule({
  id: 'backup/redshift-node-mirroring',
  severity: 'warning',
  title: 'Redshift cluster has at least two nodes',
  description: 'A redshift has nodeCount below 2 (data is not mirrored to another node).',
  section: 'Redshift / Data Backups',
  basis: {
    kind: 'document',
    quote:
      'When you run a cluster with at least two compute nodes, data on each node will always be mirrored on disks on another node, reducing the risk of data loss.',
  },
  fix: 'Run the cluster with at least two compute nodes so each node\'s data is mirrored on another.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      const count = nodeProp(cluster, 'nodeCount');
      if (count >= 2) continue;
      report({
        target: nodeTarget(cluster.id),
        message: `${index.name(cluster)} has ${count === 1 ? 'a single node' : `${count} nodes`}, so its data is not mirrored to another node: set nodeCount to at least 2.`,
      });
    }
  },
  quickFix: {
    label: 'Use two nodes (nodeCount: 2)',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'redshift', (p) => (p.nodeCount < 2 ? { nodeCount: 2 } : undefined)),
  },
});
