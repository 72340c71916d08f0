import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { instanceRoleAttached } from './instance-role-attached';

const base = referenceDesign();
const bastion = base.nodes.find((n) => n.id === 'bastion')!;
const withRoleCredentials = { ...bastion, props: { ...bastion.props, credentials: 'instance-role' } };

describeRule(instanceRoleAttached, [
  fires('a bastion with instance-role credentials and no assume edge', withItems(base, withRoleCredentials), ['bastion'], {
    message: /SSH bastion expects an instance role but assumes none/,
  }),
  fires(
    'an instance whose only role edge points the other way',
    withItems(
      base,
      node('web', 'ec2-instance', { props: { credentials: 'instance-role' } }),
      node('r', 'iam-role'),
      edge('grant', 'access', 'r', 'web', { actions: ['ec2:DescribeInstances'] }),
    ),
    ['web'],
  ),
  fires(
    'several hosts in one design',
    withItems(
      base,
      withRoleCredentials,
      node('emr', 'emr-cluster', { parent: 'private-b', props: { credentials: 'instance-role' } }),
    ),
    ['bastion', 'emr'],
  ),
  passes('the clean reference design (credentials none)', base),
  passes('an instance role with its assume edge', withItems(base, withRoleCredentials, node('r', 'iam-role'), edge('a', 'assume', 'bastion', 'r'))),
  passes('access keys (that is iam/no-embedded-keys)', withItems(base, { ...bastion, props: { credentials: 'access-keys' } })),
]);
