import { isDataStoreType } from '../../catalog/kinds';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

export const noDirectInternetToDataStore = defineRule({
  id: 'net/no-direct-internet-to-data-store',
  severity: 'error',
  title: 'No direct Internet flow to a data store',
  description: 'A flow from internet targets a data store (rds, redshift or elasticache).',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'DB Instances deployed within an Amazon VPC can be accessed from the Internet or from Amazon EC2 Instances outside the VPC via VPN or bastion hosts that you can launch in your public subnet.',
  },
  fix: 'Remove the flow from the Internet and reach the data store through a bastion host in a public subnet or over a VPN.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('internet'); i < list.length; i++) {
      const internet = list[i]!;
      for (let j = 0, inner = index.outEdges(internet.id, 'network'); j < inner.length; j++) {
        const flow = inner[j]!;
        const target = index.node(flow.target);
        if (target === undefined || !isDataStoreType(target.type)) continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} lets the Internet reach ${index.name(target)} directly: remove this flow and go through a bastion host or VPN.`,
        });
      }
    }
  },
});
