import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { bastionSshOpenToWorld } from './bastion-ssh-open-to-world';

const base = referenceDesign();
const sshIn = base.edges.find((e) => e.id === 'ssh-in')!;
const { sourceCidr: _dropped, ...defaultCidrProps } = sshIn.props ?? {};

describeRule(bastionSshOpenToWorld, [
  fires('ssh from the Internet without a sourceCidr (default 0.0.0.0/0)', withItems(base, { ...sshIn, props: defaultCidrProps }), ['ssh-in'], {
    message: /Internet → SSH bastion \(tcp 22\) is open to the whole Internet \(0\.0\.0\.0\/0\)/,
  }),
  fires('ssh from the Internet with sourceCidr 0.0.0.0/0 written out', withItems(base, { ...sshIn, props: { ...sshIn.props, sourceCidr: '0.0.0.0/0' } }), ['ssh-in']),
  fires(
    'a second Internet flow to the bastion on another port',
    withItems(base, edge('https', 'network', 'internet', 'bastion')),
    ['https'],
  ),
  passes('the clean reference design (sourceCidr 203.0.113.0/24)', base),
  passes('a /1 is not the whole Internet', withItems(base, { ...sshIn, props: { ...sshIn.props, sourceCidr: '0.0.0.0/1' } })),
  passes(
    'a corporate network flow without a sourceCidr (its own range)',
    withItems(base, node('office', 'corporate-network'), edge('office-ssh', 'network', 'office', 'bastion', { ports: '22' })),
  ),
  passes(
    'an open Internet flow to an ec2-instance is not to a bastion',
    withItems(base, node('web', 'ec2-instance', { parent: 'public-a' }), edge('web-in', 'network', 'internet', 'web')),
  ),
]);

describe('net/bastion-ssh-open-to-world metadata', () => {
  it('offers no quick fix: only the user knows the range to allow', () => {
    expect(bastionSshOpenToWorld.quickFix).toBeUndefined();
  });
});
