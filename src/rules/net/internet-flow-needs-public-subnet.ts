import { isComputeType, isDataStoreType } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import type { DiagramNode } from '../../model/types';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

/**
 * The targets that need a route from the Internet gateway. Regional services
 * (s3-bucket, sqs-queue, sns-topic, kinesis-stream) have public endpoints;
 * gateways, cloudhsm and corporate networks are not what controls.md lists,
 * so a flow to them is left to other rules.
 */
function needsRoute(node: DiagramNode): boolean {
  return isComputeType(node.type) || isDataStoreType(node.type) || node.type === 'nat-gateway';
}

export const internetFlowNeedsPublicSubnet = defineRule({
  id: 'net/internet-flow-needs-public-subnet',
  severity: 'error',
  title: 'Internet flows land in a routed public subnet',
  description:
    'A flow from internet targets a compute node, data store or nat-gateway that is not in a public subnet of a VPC with an internet-gateway (the traffic has no route); regional services outside the VPC (s3-bucket, sqs-queue, sns-topic, kinesis-stream) have public endpoints and are exempt.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'To use a bastion host, you will need to set up a public subnet with an EC2 instance that acts as a SSH Bastion. This public subnet must have an Internet gateway and routing rules that allow traffic to be directed via the SSH host',
  },
  fix: 'Put whatever the Internet connects to in a public subnet of a VPC that has an Internet gateway, or remove the flow and reach the node through a host in such a subnet.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('internet'); i < list.length; i++) {
      const internet = list[i]!;
      for (let j = 0, inner = index.outEdges(internet.id, 'network'); j < inner.length; j++) {
        const flow = inner[j]!;
        const target = index.node(flow.target);
        if (target === undefined || !needsRoute(target)) continue;
        const subnet = index.subnetOf(target);
        const vpc = subnet === undefined ? undefined : index.vpcOf(subnet);
        let problem: string;
        if (subnet === undefined) problem = `${index.name(target)} is not in any subnet`;
        else if (!nodeProp(subnet, 'public')) problem = `${index.name(target)} sits in private subnet ${index.name(subnet)}`;
        else if (vpc === undefined || !index.hasChildOfType(vpc.id, 'internet-gateway'))
          problem = `${index.name(subnet)} is public but its VPC has no Internet gateway`;
        else continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} has no route: ${problem}; place the target in a public subnet of a VPC with an Internet gateway, or remove the flow.`,
        });
      }
    }
  },
});
