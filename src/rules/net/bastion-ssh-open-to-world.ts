import { flowSourceCidr } from '../../catalog/resolveProps';
import { parseCidr } from '../../model/cidr';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

export const bastionSshOpenToWorld = defineRule({
  id: 'net/bastion-ssh-open-to-world',
  severity: 'warning',
  title: 'Bastion not open to the whole Internet',
  description: 'A flow from internet to a bastion has sourceCidr 0.0.0.0/0 (the default for a flow from the Internet).',
  section: 'common practice: CIS AWS Foundations 5.2',
  basis: {
    kind: 'common-practice',
    reference: 'CIS AWS Foundations Benchmark v1.4.0, control 5.2',
    text: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports (such as SSH on port 22).',
  },
  fix: "Set the flow's sourceCidr to the address range your administrators connect from (an office or VPN egress range).",
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('bastion'); i < list.length; i++) {
      const bastion = list[i]!;
      for (let j = 0, inner = index.inEdges(bastion.id, 'network'); j < inner.length; j++) {
        const flow = inner[j]!;
        const source = index.node(flow.source);
        if (source?.type !== 'internet') continue;
        const cidr = flowSourceCidr(flow, source);
        // Any /0 is every address, whatever base address it was written with.
        if (cidr === undefined || parseCidr(cidr)?.prefix !== 0) continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} is open to the whole Internet (${cidr}): set its sourceCidr to the range your administrators connect from.`,
        });
      }
    }
  },
});
