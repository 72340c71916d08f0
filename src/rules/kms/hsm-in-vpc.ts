import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const hsmInVpc = defineRule({
  id: 'kms/hsm-in-vpc',
  severity: 'error',
  title: 'CloudHSM in a private subnet',
  description: 'A cloudhsm is not in a private subnet of a VPC.',
  section: 'CloudHSM Security',
  basis: {
    kind: 'document',
    quote:
      'The AWS CloudHSM service is designed to be used with Amazon EC2 and VPC, providing the appliance with its own private IP within a private subnet.',
  },
  fix: 'Place the HSM in a private subnet of the VPC that holds its clients, and reach it from EC2 over SSL/TLS.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('cloudhsm'); i < list.length; i++) {
      const hsm = list[i]!;
      const subnet = index.subnetOf(hsm);
      if (subnet !== undefined && index.vpcOf(subnet) !== undefined && !nodeProp(subnet, 'public')) continue;
      const where =
        subnet === undefined ? 'is not in a subnet of a VPC' : `sits in ${index.name(subnet)}, a public subnet`;
      report({
        target: nodeTarget(hsm.id),
        message: `${index.name(hsm)} ${where}: move it into a private subnet of a VPC.`,
      });
    }
  },
});
