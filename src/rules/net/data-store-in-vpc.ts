import { DATA_STORE_TYPES } from '../../catalog/kinds';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const dataStoreInVpc = defineRule({
  id: 'net/data-store-in-vpc',
  severity: 'error',
  title: 'Data store inside a VPC',
  description: 'A data store (rds, redshift or elasticache) is not inside a VPC.',
  section: 'RDS Security / Network Isolation; Redshift / Cluster Access; ElastiCache Security',
  basis: {
    kind: 'document',
    quote:
      'For additional network access control, you can run your DB Instances in an Amazon VPC. Amazon VPC enables you to isolate your DB Instances by specifying the IP range you wish to use',
  },
  fix: 'Move the data store into a private subnet of a VPC, so that only the network paths you draw can reach it.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType(...DATA_STORE_TYPES); i < list.length; i++) {
      const store = list[i]!;
      if (index.vpcOf(store) !== undefined) continue;
      report({
        target: nodeTarget(store.id),
        message: `${index.name(store)} is not inside a VPC: move it into a private subnet of a VPC.`,
      });
    }
  },
});
