import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { describePath, exposurePathTo, exposurePaths } from './exposurePaths';

export const internetExposure = defineRule({
  id: 'net/internet-exposure',
  severity: 'info',
  title: 'Data stores reachable from the Internet',
  description:
    'A data store that no flow from internet targets directly is reached from internet by a path of two or more flows (every flow counts as drawn, even one another rule flags); the finding lists the shortest such path, for example internet → web (tcp 443) → app (tcp 8080) → db (tcp 5432).',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'DB Instances deployed within an Amazon VPC can be accessed from the Internet or from Amazon EC2 Instances outside the VPC via VPN or bastion hosts that you can launch in your public subnet.',
  },
  fix: 'Check that every hop on the path is meant to be there: keep the first hop to a bastion or front end in a public subnet, allow only the ports each tier needs, and make sure the data store only accepts the last tier.',
  *check(index) {
    const stores = index.nodesOfType('rds', 'redshift', 'elasticache');
    if (stores.length === 0 || index.nodesOfType('internet').length === 0) return;
    const via = exposurePaths(index);
    for (const store of stores) {
      if (!via.has(store.id)) continue;
      // A direct flow from the Internet is net/no-direct-internet-to-data-store's finding, not this one.
      const direct = index.inEdges(store.id, 'network').some((f) => index.node(f.source)?.type === 'internet');
      if (direct) continue;
      const path = exposurePathTo(via, store.id);
      if (path.length < 2) continue;
      yield {
        target: nodeTarget(store.id),
        path: path.map((f) => f.id),
        message: `${index.name(store)} is reachable from the Internet: ${describePath(index, path)}; review that each hop is intended and that ${index.name(store)} only accepts its last tier.`,
      };
    }
  },
});
