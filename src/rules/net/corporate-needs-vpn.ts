import { addEdge, addNode, freshId } from '../../model/edits';
import { GraphIndex } from '../../model/graphIndex';
import type { NodeOf } from '../../model/guards';
import type { Diagram, DiagramNode, Point } from '../../model/types';
import { defineRule } from '../defineRule';
import { edgeTarget, type FindingTarget } from '../types';

/** The VPCs a corporate network has a vpn edge into (through a vpn-gateway of that VPC). */
function vpnVpcs(index: GraphIndex, corporate: DiagramNode): Set<string> {
  const vpcs = new Set<string>();
  for (let i = 0, list = index.outEdges(corporate.id, 'vpn'); i < list.length; i++) {
    const vpn = list[i]!;
    const gateway = index.node(vpn.target);
    const vpc = gateway?.type === 'vpn-gateway' ? index.vpcOf(gateway) : undefined;
    if (vpc !== undefined) vpcs.add(vpc.id);
  }
  return vpcs;
}

export const corporateNeedsVpn = defineRule({
  id: 'net/corporate-needs-vpn',
  severity: 'error',
  title: 'Corporate traffic through a VPN',
  description:
    'A flow from corporate-network targets a node in a VPC that has no vpn-gateway with a vpn edge from that corporate-network.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'Amazon VPC enables you to isolate your DB Instances by specifying the IP range you wish to use, and connect to your existing IT infrastructure through industry-standard encrypted IPsec VPN. ... You can also set up a virtual private gateway that extends your corporate network into your VPC, and allows access to the RDS DB instance in that VPC.',
  },
  fix: 'Attach a virtual private gateway to the VPC and connect the corporate network to it with an IPsec VPN connection.',
  check(index, report) {
    for (let j = 0, inner = index.nodesOfType('corporate-network'); j < inner.length; j++) {
      const corporate = inner[j]!;
      const flows = index.outEdges(corporate.id, 'network');
      if (flows.length === 0) continue;
      const connected = vpnVpcs(index, corporate);
      for (let k = 0; k < flows.length; k++) {
        const flow = flows[k]!;
        const target = index.node(flow.target);
        const vpc = target === undefined ? undefined : index.vpcOf(target);
        if (vpc === undefined || connected.has(vpc.id)) continue;
        const gateway = index.childrenOf(vpc.id).find((n) => n.type === 'vpn-gateway');
        const change =
          gateway === undefined
            ? `add a virtual private gateway to ${index.name(vpc)} and a VPN connection from ${index.name(corporate)} to it`
            : `add a VPN connection from ${index.name(corporate)} to ${index.name(gateway)}`;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} enters ${index.name(vpc)} without a VPN: ${change}.`,
        });
      }
    }
  },
  quickFix: {
    label: 'Connect the corporate network through a VPN gateway',
    apply: (diagram: Diagram, target: FindingTarget) => (target.kind === 'edge' ? connectVpn(diagram, target.id) : diagram),
  },
});

function connectVpn(diagram: Diagram, flowId: string): Diagram {
  const index = new GraphIndex(diagram);
  const flow = index.edge(flowId);
  const corporate = flow === undefined ? undefined : index.node(flow.source);
  const target = flow === undefined ? undefined : index.node(flow.target);
  const vpc = target === undefined ? undefined : index.vpcOf(target);
  if (flow?.kind !== 'network' || corporate?.type !== 'corporate-network' || vpc === undefined) return diagram;
  if (vpnVpcs(index, corporate).has(vpc.id)) return diagram;
  let next = diagram;
  let gatewayId = index.childrenOf(vpc.id).find((n) => n.type === 'vpn-gateway')?.id;
  if (gatewayId === undefined) {
    gatewayId = freshId(next, `${vpc.id}-vgw`);
    const position = gatewayPosition(index, vpc);
    next = addNode(next, {
      id: gatewayId,
      type: 'vpn-gateway',
      label: 'Virtual private gateway',
      parent: vpc.id,
      ...(position === undefined ? {} : { position }),
    });
  }
  return addEdge(next, { id: freshId(next, `${corporate.id}-vpn`), kind: 'vpn', source: corporate.id, target: gatewayId });
}

/**
 * Below the VPC's positioned children, at their left edge: inside the VPC and
 * clear of them. Without positioned children the app lays it out instead.
 */
function gatewayPosition(index: GraphIndex, vpc: NodeOf<'vpc'>): Point | undefined {
  let left = Infinity;
  let bottom = -Infinity;
  for (let i = 0, list = index.childrenOf(vpc.id); i < list.length; i++) {
    const child = list[i]!;
    if (child.position === undefined) continue;
    left = Math.min(left, child.position.x);
    bottom = Math.max(bottom, child.position.y + (child.size?.height ?? 60));
  }
  return left === Infinity ? undefined : { x: left, y: bottom + 24 };
}
