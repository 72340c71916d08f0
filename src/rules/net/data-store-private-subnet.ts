import { DATA_STORE_TYPES } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const dataStorePrivateSubnet = defineRule({
  id: 'net/data-store-private-subnet',
  severity: 'error',
  title: 'Data store in a private subnet',
  description: 'A data store (rds, redshift or elasticache) sits in a public subnet.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote: 'Running Amazon RDS in a VPC enables you to have a DB instance within a private subnet.',
  },
  fix: 'Move the data store into a private subnet (one without a route to the Internet gateway) and reach it through a bastion host or VPN.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType(...DATA_STORE_TYPES); i < list.length; i++) {
      const store = list[i]!;
      const subnet = index.subnetOf(store);
      if (subnet === undefined || !nodeProp(subnet, 'public')) continue;
      report({
        target: nodeTarget(store.id),
        message: `${index.name(store)} sits in public subnet ${index.name(subnet)}: move it into a private subnet.`,
      });
    }
  },
});
