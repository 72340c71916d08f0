import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { noEmbeddedKeys } from './no-embedded-keys';

const base = referenceDesign();
const bastion = base.nodes.find((n) => n.id === 'bastion')!;
const withCredentials = (credentials: string) => ({ ...bastion, props: { ...bastion.props, credentials } });

describeRule(noEmbeddedKeys, [
  fires('a bastion with access keys', withItems(base, withCredentials('access-keys')), ['bastion'], {
    message: /SSH bastion has long-term access keys embedded/,
  }),
  fires(
    'an ec2-instance and an emr-cluster with access keys',
    withItems(
      base,
      node('web', 'ec2-instance', { parent: 'public-a', props: { credentials: 'access-keys' } }),
      node('emr', 'emr-cluster', { props: { credentials: 'access-keys' } }),
    ),
    ['web', 'emr'],
  ),
  fires(
    'access keys on a host that also assumes a role',
    withItems(base, withCredentials('access-keys'), node('r', 'iam-role'), edge('a', 'assume', 'bastion', 'r')),
    ['bastion'],
  ),
  passes('the clean reference design (credentials none)', base),
  passes(
    'an instance role',
    withItems(base, withCredentials('instance-role'), node('r', 'iam-role'), edge('a', 'assume', 'bastion', 'r')),
  ),
  passes('root keys (that is iam/no-root-keys)', withItems(base, withCredentials('root-access-keys'))),
]);
