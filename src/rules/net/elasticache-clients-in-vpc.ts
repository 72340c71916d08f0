import { isComputeType } from '../../catalog/kinds';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

export const elasticacheClientsInVpc = defineRule({
  id: 'net/elasticache-clients-in-vpc',
  severity: 'error',
  title: 'ElastiCache clients are compute in its VPC',
  description:
    'A flow into an elasticache comes from anything other than a compute node inside the same VPC (ElastiCache has no IP-range access: clients must be EC2 instances authorized by security group).',
  section: 'ElastiCache Security',
  basis: {
    kind: 'document',
    quote:
      'IP-range based access control is currently not enabled for Cache Clusters. All clients to a Cache Cluster must be within the EC2 network, and authorized via Cache Security Groups.',
  },
  fix: 'Put the cache and its clients in the same VPC and let only EC2-based compute (instances, EMR, bastions) connect to it; route other traffic through an application tier.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('elasticache'); i < list.length; i++) {
      const cache = list[i]!;
      const flows = index.inEdges(cache.id, 'network');
      if (flows.length === 0) continue;
      const cacheVpc = index.vpcOf(cache);
      for (let j = 0; j < flows.length; j++) {
        const flow = flows[j]!;
        const source = index.node(flow.source);
        if (source === undefined) continue;
        const sourceVpc = index.vpcOf(source);
        let problem: string;
        if (!isComputeType(source.type)) problem = `${index.name(source)} is not an EC2-based compute node`;
        else if (cacheVpc === undefined) problem = `${index.name(cache)} is not inside a VPC`;
        else if (sourceVpc === undefined) problem = `${index.name(source)} is not inside a VPC`;
        else if (sourceVpc.id !== cacheVpc.id)
          problem = `${index.name(source)} is in ${index.name(sourceVpc)}, not in ${index.name(cacheVpc)} with the cache`;
        else continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} cannot be authorized: ${problem}; ElastiCache only admits compute in its own VPC, so connect through an instance there.`,
        });
      }
    }
  },
});
