import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const redshiftPublicAccess = defineRule({
  id: 'pub/redshift-public-access',
  severity: 'error',
  title: 'Redshift cluster not publicly accessible',
  description: 'A redshift has publiclyAccessible true.',
  section: 'Redshift / Cluster Access',
  basis: {
    kind: 'document',
    quote: 'By default, clusters that you create are closed to everyone.',
  },
  fix: 'Turn off "Publicly accessible" so the cluster gets no public IP address; reach it from inside the VPC, through a VPN or a bastion host.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      if (!nodeProp(cluster, 'publiclyAccessible')) continue;
      report({
        target: nodeTarget(cluster.id),
        message: `${index.name(cluster)} is publicly accessible: set publiclyAccessible to false and reach it from inside the VPC or over a VPN.`,
      });
    }
  },
  quickFix: {
    label: 'Make it private (publiclyAccessible: false)',
    apply: (diagram, target) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { publiclyAccessible: false }) : diagram,
  },
});
