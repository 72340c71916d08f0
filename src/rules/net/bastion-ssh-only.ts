import { isOutsideType } from '../../catalog/kinds';
import { edgeProp } from '../../catalog/resolveProps';
import { setEdgeProps } from '../../model/edits';
import { parsePorts } from '../../model/ports';
import { defineRule } from '../defineRule';
import { edgeTarget, type FindingTarget } from '../types';

export const bastionSshOnly = defineRule({
  id: 'net/bastion-ssh-only',
  severity: 'warning',
  title: 'Bastion accepts only SSH from outside',
  description: 'A flow from outside (internet or corporate-network) to a bastion allows anything other than tcp port 22.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'an EC2 instance that acts as a SSH Bastion. This public subnet must have an Internet gateway and routing rules that allow traffic to be directed via the SSH host',
  },
  fix: 'Narrow the flow into the bastion to protocol tcp, port 22; a bastion only forwards SSH.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('bastion'); i < list.length; i++) {
      const bastion = list[i]!;
      for (let j = 0, inner = index.inEdges(bastion.id, 'network'); j < inner.length; j++) {
        const flow = inner[j]!;
        const source = index.node(flow.source);
        if (source === undefined || !isOutsideType(source.type)) continue;
        const protocol = edgeProp(flow, 'protocol');
        const range = parsePorts(edgeProp(flow, 'ports'));
        if (protocol === 'tcp' && range !== undefined && range.from === 22 && range.to === 22) continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} lets more than SSH into the bastion: set protocol tcp and ports 22.`,
        });
      }
    }
  },
  quickFix: {
    label: 'Allow only SSH (tcp 22)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'edge' ? setEdgeProps(diagram, target.id, { protocol: 'tcp', ports: '22' }) : diagram,
  },
});
