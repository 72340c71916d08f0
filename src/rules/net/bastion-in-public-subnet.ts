import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const bastionInPublicSubnet = defineRule({
  id: 'net/bastion-in-public-subnet',
  severity: 'error',
  title: 'Bastion in a public subnet',
  description: 'A bastion is not in a public subnet.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote:
      'To use a bastion host, you will need to set up a public subnet with an EC2 instance that acts as a SSH Bastion.',
  },
  fix: 'Move the bastion into a public subnet of the VPC that holds the hosts it forwards to.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('bastion'); i < list.length; i++) {
      const bastion = list[i]!;
      const subnet = index.subnetOf(bastion);
      if (subnet !== undefined && nodeProp(subnet, 'public')) continue;
      const where = subnet === undefined ? 'is not in any subnet' : `sits in private subnet ${index.name(subnet)}`;
      report({
        target: nodeTarget(bastion.id),
        message: `${index.name(bastion)} ${where}: move it into a public subnet so it can be reached through the Internet gateway.`,
      });
    }
  },
});
