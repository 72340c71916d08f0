import { nodeProp } from '../../catalog/resolveProps';
import { addNode, freshId } from '../../model/edits';
import type { Diagram, DiagramNode } from '../../model/types';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

/** Just inside the VPC's top-left corner, clear of the container's title. */
const GATEWAY_OFFSET = { x: 24, y: 48 } as const;

export const publicSubnetNeedsIgw = defineRule({
  id: 'net/public-subnet-needs-igw',
  severity: 'error',
  title: 'Public subnet has an Internet gateway',
  description: 'A public subnet is in a VPC that has no internet-gateway.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'This public subnet must have an Internet gateway and routing rules that allow traffic to be directed via the SSH host, which must then forward requests to the private IP address of your Amazon RDS DB instance.',
  },
  fix: "Add an Internet gateway to the subnet's VPC (a public subnet routes 0.0.0.0/0 to it), or make the subnet private.",
  check(index, report) {
    // One answer per VPC: many subnets share a VPC, and its child list can be long.
    const hasGateway = new Map<string, boolean>();
    for (let i = 0, list = index.nodesOfType('subnet'); i < list.length; i++) {
      const subnet = list[i]!;
      if (!nodeProp(subnet, 'public')) continue;
      const vpc = index.vpcOf(subnet);
      if (vpc === undefined) continue;
      let found = hasGateway.get(vpc.id);
      if (found === undefined) {
        found = index.hasChildOfType(vpc.id, 'internet-gateway');
        hasGateway.set(vpc.id, found);
      }
      if (found) continue;
      report({
        target: nodeTarget(subnet.id),
        message: `${index.name(subnet)} is public but ${index.name(vpc)} has no Internet gateway: add an Internet gateway to the VPC or make the subnet private.`,
      });
    }
  },
  quickFix: {
    label: 'Add an Internet gateway to the VPC',
    apply: (diagram: Diagram, target: FindingTarget) => {
      if (target.kind !== 'node') return diagram;
      const subnet = diagram.nodes.find((n) => n.id === target.id);
      const vpc = subnet?.parent === undefined ? undefined : diagram.nodes.find((n) => n.id === subnet.parent);
      if (vpc === undefined || vpc.type !== 'vpc') return diagram;
      // Several public subnets of one VPC share the gateway the first fix added.
      const children = diagram.nodes.filter((n) => n.parent === vpc.id);
      if (children.some((n) => n.type === 'internet-gateway')) return diagram;
      const positioned = vpc.position !== undefined || children.some((n) => n.position !== undefined);
      const gateway: DiagramNode = {
        id: freshId(diagram, `${vpc.id}-igw`),
        type: 'internet-gateway',
        label: 'Internet gateway',
        parent: vpc.id,
        ...(positioned ? { position: { ...GATEWAY_OFFSET } } : {}),
      };
      return addNode(diagram, gateway);
    },
  },
});
