import { DATA_STORE_TYPES } from '../../catalog/kinds';
import type { GraphIndex } from '../../model/graphIndex';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { exposurePathIds, exposurePaths, pathDescriber } from './exposurePaths';

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
  check(index, report) {
    if (index.nodesOfType('internet').length === 0) return;
    const via = exposurePaths(index);
    const describe = pathDescriber(index, via);
    // Type by type: findings are sorted by target afterwards, so the visiting order changes nothing.
    for (let i = 0; i < DATA_STORE_TYPES.length; i++) {
      const type = DATA_STORE_TYPES[i]!;
      for (let j = 0, inner = index.nodesOfType(type); j < inner.length; j++) {
        const store = inner[j]!;
        if (!via.has(store.id) || fromInternetDirectly(index, store.id)) continue;
        const path = exposurePathIds(via, store.id);
        if (path.length < 2) continue;
        const name = index.name(store);
        report({
          target: nodeTarget(store.id),
          path,
          message: `${name} is reachable from the Internet: ${describe(store.id)}; review that each hop is intended and that ${name} only accepts its last tier.`,
        });
      }
    }
  },
});

/** A direct flow from the Internet is net/no-direct-internet-to-data-store's finding, not this one. */
function fromInternetDirectly(index: GraphIndex, storeId: string): boolean {
  const flows = index.inEdges(storeId, 'network');
  for (let i = 0; i < flows.length; i++) if (index.node(flows[i]!.source)?.type === 'internet') return true;
  return false;
}
