import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { noRootKeys } from './no-root-keys';

const base = referenceDesign();
const bastion = base.nodes.find((n) => n.id === 'bastion')!;
const withCredentials = (credentials: string) => ({ ...bastion, props: { ...bastion.props, credentials } });

describeRule(noRootKeys, [
  fires('a bastion with root access keys', withItems(base, withCredentials('root-access-keys')), ['bastion'], {
    message: /SSH bastion uses the AWS account's root access keys/,
  }),
  fires(
    'an ec2-instance and an emr-cluster with root access keys',
    withItems(
      base,
      node('web', 'ec2-instance', { props: { credentials: 'root-access-keys' } }),
      node('emr', 'emr-cluster', { parent: 'private-a', props: { credentials: 'root-access-keys' } }),
    ),
    ['web', 'emr'],
  ),
  passes('the clean reference design', base),
  passes('ordinary access keys (that is iam/no-embedded-keys)', withItems(base, withCredentials('access-keys'))),
]);
