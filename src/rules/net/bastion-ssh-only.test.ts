import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { bastionSshOnly } from './bastion-ssh-only';

const base = referenceDesign();
const sshIn = base.edges.find((e) => e.id === 'ssh-in')!;
const withSsh = (props: Record<string, string>) => withItems(base, { ...sshIn, props: { ...sshIn.props, ...props } });

describeRule(bastionSshOnly, [
  fires('ports 22-23', withSsh({ ports: '22-23' }), ['ssh-in'], {
    message: /Internet → SSH bastion \(tcp 22-23\).*set protocol tcp and ports 22/,
  }),
  fires('ports all', withSsh({ ports: 'all' }), ['ssh-in']),
  fires('protocol udp on port 22', withSsh({ protocol: 'udp' }), ['ssh-in']),
  fires('protocol all', withSsh({ protocol: 'all' }), ['ssh-in']),
  fires('protocol icmp', withSsh({ protocol: 'icmp' }), ['ssh-in']),
  fires('tcp 3389 (RDP) only', withSsh({ ports: '3389' }), ['ssh-in']),
  fires(
    'a corporate network reaching the bastion on tcp 3389 beside the Internet on 22',
    withItems(base, node('office', 'corporate-network'), edge('rdp', 'network', 'office', 'bastion', { ports: '3389' })),
    ['rdp'],
  ),
  fires('a flow with default props (tcp 443)', withItems(base, edge('https', 'network', 'internet', 'bastion')), ['https']),
  passes('the clean reference design (tcp 22)', base),
  passes('ports 22 written as the range 22-22', withSsh({ ports: '22-22' })),
  passes(
    'tcp 22 from a corporate network',
    withItems(base, node('office', 'corporate-network'), edge('office-ssh', 'network', 'office', 'bastion', { ports: '22' })),
  ),
  passes(
    'a flow from inside the VPC on another port is not from outside',
    withItems(
      base,
      node('app', 'ec2-instance', { parent: 'private-b' }),
      edge('app-bastion', 'network', 'app', 'bastion', { ports: '8080' }),
    ),
  ),
  passes(
    'a non-SSH flow from the Internet to an ec2-instance is not to a bastion',
    withItems(base, node('web', 'ec2-instance', { parent: 'public-a' }), edge('web-in', 'network', 'internet', 'web')),
  ),
]);
