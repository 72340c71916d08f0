import { describe, expect, it } from 'vitest';
import type { PropValue } from '../../model/types';
import { diagram, edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { flowBlockedByAcl } from './flow-blocked-by-acl';

type Entry = Readonly<Record<string, PropValue>>;
const e = (rule: number, direction: string, action: string, protocol: string, ports: string, cidr: string): Entry => ({
  rule,
  direction,
  action,
  protocol,
  ports,
  cidr,
});

const A = '10.0.0.0/24';
const B = '10.0.1.0/24';
// The four entries a web (subnet A) → db (subnet B) tcp 5432 flow needs, one per pass.
const REQ_OUT = e(100, 'outbound', 'allow', 'tcp', '5432', B);
const REPLY_IN = e(100, 'inbound', 'allow', 'tcp', '1024-65535', B);
const REQ_IN = e(100, 'inbound', 'allow', 'tcp', '5432', A);
const REPLY_OUT = e(100, 'outbound', 'allow', 'tcp', '1024-65535', A);
// Keeps an ACL non-empty (so not the default) without matching anything under test.
const FILLER = e(200, 'inbound', 'allow', 'udp', '53', '10.9.0.0/16');

function twoSubnets(
  aclA: readonly Entry[],
  aclB: readonly Entry[],
  flow: Readonly<Record<string, PropValue>> = { protocol: 'tcp', ports: '5432' },
) {
  return diagram(
    node('vpc', 'vpc'),
    node('sa', 'subnet', { parent: 'vpc', label: 'Subnet A', props: { cidr: A, networkAcl: [...aclA, FILLER] } }),
    node('sb', 'subnet', { parent: 'vpc', label: 'Subnet B', props: { cidr: B, networkAcl: [...aclB, FILLER] } }),
    node('web', 'ec2-instance', { parent: 'sa', label: 'Web' }),
    node('db', 'rds', { parent: 'sb', label: 'Orders DB' }),
    edge('f', 'network', 'web', 'db', flow),
  );
}

const full = twoSubnets([REQ_OUT, REPLY_IN], [REQ_IN, REPLY_OUT]);
const base = referenceDesign();
const privateA = base.nodes.find((n) => n.id === 'private-a')!;

describeRule(flowBlockedByAcl, [
  passes('the clean reference design', base),
  passes('all four passes allowed', full),
  fires('request out of the source subnet fails alone', twoSubnets([REPLY_IN], [REQ_IN, REPLY_OUT]), ['f'], {
    message: /Web → Orders DB \(tcp 5432\) is blocked: the outbound network ACL of Subnet A has no entry allowing tcp 5432 to 10\.0\.1\.0\/24/,
  }),
  fires('request into the target subnet fails alone', twoSubnets([REQ_OUT, REPLY_IN], [REPLY_OUT]), ['f'], {
    message: /the inbound network ACL of Subnet B has no entry allowing tcp 5432 from 10\.0\.0\.0\/24/,
  }),
  fires('reply out of the target subnet fails alone', twoSubnets([REQ_OUT, REPLY_IN], [REQ_IN]), ['f'], {
    message: /the outbound network ACL of Subnet B has no entry allowing the reply, tcp 1024-65535, to 10\.0\.0\.0\/24/,
  }),
  fires('reply into the source subnet fails alone', twoSubnets([REQ_OUT], [REQ_IN, REPLY_OUT]), ['f'], {
    message: /the inbound network ACL of Subnet A has no entry allowing the reply, tcp 1024-65535, from 10\.0\.1\.0\/24/,
  }),
  fires('the reference design with the database port closed', withItems(base, { ...privateA, props: { ...privateA.props, networkAcl: [e(100, 'outbound', 'allow', 'tcp', '1024-65535', A)] } }), ['bastion-to-db'], {
    message: /SSH bastion → Orders DB \(tcp 5432\) is blocked: the inbound network ACL of Private subnet A has no entry allowing tcp 5432 from 10\.0\.0\.0\/24/,
  }),
  passes(
    'two nodes of one subnet cross no ACL, even one that denies everything',
    diagram(
      node('vpc', 'vpc'),
      node('sa', 'subnet', { parent: 'vpc', props: { cidr: A, networkAcl: [e(1, 'inbound', 'deny', 'all', 'all', '0.0.0.0/0')] } }),
      node('web', 'ec2-instance', { parent: 'sa' }),
      node('db', 'rds', { parent: 'sa' }),
      edge('f', 'network', 'web', 'db', { protocol: 'tcp', ports: '5432' }),
    ),
  ),
  fires(
    'a deny with a lower rule number shadows an allow',
    twoSubnets([REQ_OUT, REPLY_IN], [e(90, 'inbound', 'deny', 'tcp', '5000-6000', '10.0.0.0/16'), REQ_IN, REPLY_OUT]),
    ['f'],
    { message: /rule 90 of the inbound network ACL of Subnet B denies tcp 5432 from 10\.0\.0\.0\/24; add an allow entry numbered below 90/ },
  ),
  passes(
    'a deny with a higher rule number than the allow',
    twoSubnets([REQ_OUT, REPLY_IN], [e(110, 'inbound', 'deny', 'tcp', 'all', '0.0.0.0/0'), REQ_IN, REPLY_OUT]),
  ),
  fires(
    'a deny at rule 1 leaves no number for the quick fix',
    twoSubnets([REQ_OUT, REPLY_IN], [e(1, 'inbound', 'deny', 'all', 'all', '0.0.0.0/0'), REQ_IN, REPLY_OUT]),
    ['f'],
    { fixable: false, message: /rule 1 of the inbound/ },
  ),
  fires(
    'a port range only partly allowed',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'tcp', '8000-8100', B), REPLY_IN],
      [e(100, 'inbound', 'allow', 'tcp', '8000-8080', A), REPLY_OUT],
      { protocol: 'tcp', ports: '8000-8100' },
    ),
    ['f'],
    { message: /inbound network ACL of Subnet B has no entry allowing tcp 8081-8100 from 10\.0\.0\.0\/24/ },
  ),
  passes(
    'a port range allowed by two adjacent entries',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'tcp', '8000-8100', B), REPLY_IN],
      [e(100, 'inbound', 'allow', 'tcp', '8000-8050', A), e(110, 'inbound', 'allow', 'tcp', '8051-8100', A), REPLY_OUT],
      { protocol: 'tcp', ports: '8000-8100' },
    ),
  ),
  fires(
    'a deny inside an otherwise allowed range',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'tcp', '8000-8100', B), REPLY_IN],
      [e(50, 'inbound', 'deny', 'tcp', '8050', A), e(100, 'inbound', 'allow', 'tcp', 'all', A), REPLY_OUT],
      { protocol: 'tcp', ports: '8000-8100' },
    ),
    ['f'],
    { message: /rule 50 of the inbound network ACL of Subnet B denies tcp 8050 from/ },
  ),
  passes(
    'icmp ignores the ports of icmp entries',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'icmp', '8', B), e(100, 'inbound', 'allow', 'icmp', 'all', B)],
      [e(100, 'inbound', 'allow', 'icmp', '0', A), e(100, 'outbound', 'allow', 'icmp', '22', A)],
      { protocol: 'icmp', ports: 'all' },
    ),
  ),
  fires(
    'icmp is not allowed by tcp entries, even for all ports',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'icmp', 'all', B), e(100, 'inbound', 'allow', 'icmp', 'all', B)],
      [e(100, 'inbound', 'allow', 'tcp', 'all', A), e(100, 'outbound', 'allow', 'icmp', 'all', A)],
      { protocol: 'icmp', ports: 'all' },
    ),
    ['f'],
    { message: /Web → Orders DB \(icmp\) is blocked: the inbound network ACL of Subnet B has no entry allowing icmp from 10\.0\.0\.0\/24/ },
  ),
  passes(
    'protocol all allowed by entries of protocol all both ways',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'all', 'all', B), e(100, 'inbound', 'allow', 'all', 'all', B)],
      [e(100, 'inbound', 'allow', 'all', 'all', A), e(100, 'outbound', 'allow', 'all', 'all', A)],
      { protocol: 'all', ports: 'all' },
    ),
  ),
  fires(
    'protocol all is not allowed by tcp and udp entries covering every port',
    twoSubnets(
      [e(100, 'outbound', 'allow', 'all', 'all', B), e(100, 'inbound', 'allow', 'all', 'all', B)],
      [e(100, 'inbound', 'allow', 'tcp', 'all', A), e(110, 'inbound', 'allow', 'udp', 'all', A), e(100, 'outbound', 'allow', 'all', 'all', A)],
      { protocol: 'all', ports: 'all' },
    ),
    ['f'],
    { message: /\(all traffic\) is blocked: the inbound network ACL of Subnet B has no entry allowing all traffic from/ },
  ),
  passes(
    'an entry of protocol all allows a tcp flow',
    twoSubnets([e(100, 'outbound', 'allow', 'all', 'all', B), REPLY_IN], [e(100, 'inbound', 'allow', 'all', 'all', A), REPLY_OUT]),
  ),
  fires(
    'a source outside any subnet is 0.0.0.0/0, which a VPC-wide entry does not contain',
    withItems(
      twoSubnets([], [e(100, 'inbound', 'allow', 'tcp', '5432', '10.0.0.0/16'), e(100, 'outbound', 'allow', 'tcp', '1024-65535', '0.0.0.0/0')]),
      node('loose', 'ec2-instance', { label: 'Loose instance' }),
      edge('f', 'network', 'loose', 'db', { protocol: 'tcp', ports: '5432' }),
    ),
    ['f'],
    { message: /Loose instance → Orders DB \(tcp 5432\) is blocked: the inbound network ACL of Subnet B has no entry allowing tcp 5432 from 0\.0\.0\.0\/0/ },
  ),
  passes(
    'a source outside any subnet with an entry for 0.0.0.0/0',
    withItems(
      twoSubnets([], [e(100, 'inbound', 'allow', 'tcp', '5432', '0.0.0.0/0'), e(100, 'outbound', 'allow', 'tcp', '1024-65535', '0.0.0.0/0')]),
      node('loose', 'ec2-instance'),
      edge('f', 'network', 'loose', 'db', { protocol: 'tcp', ports: '5432' }),
    ),
  ),
  passes(
    'an internet source is its sourceCidr',
    withItems(
      twoSubnets([], [e(100, 'inbound', 'allow', 'tcp', '5432', '203.0.113.0/24'), e(100, 'outbound', 'allow', 'tcp', '1024-65535', '203.0.113.0/24')]),
      node('net', 'internet'),
      edge('f', 'network', 'net', 'db', { protocol: 'tcp', ports: '5432', sourceCidr: '203.0.113.0/24' }),
    ),
  ),
  fires(
    'an entry must contain the whole sourceCidr',
    withItems(
      twoSubnets([], [e(100, 'inbound', 'allow', 'tcp', '5432', '203.0.113.0/25'), e(100, 'outbound', 'allow', 'tcp', '1024-65535', '203.0.113.0/24')]),
      node('net', 'internet'),
      edge('f', 'network', 'net', 'db', { protocol: 'tcp', ports: '5432', sourceCidr: '203.0.113.0/24' }),
    ),
    ['f'],
    { message: /Internet → Orders DB \(tcp 5432\) is blocked: the inbound network ACL of Subnet B has no entry allowing tcp 5432 from 203\.0\.113\.0\/24/ },
  ),
  passes(
    'a corporate-network target is its own cidr',
    withItems(
      twoSubnets([e(100, 'outbound', 'allow', 'tcp', '443', '192.168.0.0/16'), e(100, 'inbound', 'allow', 'tcp', '1024-65535', '192.168.0.0/16')], []),
      node('corp', 'corporate-network', { label: 'Head office' }),
      edge('f', 'network', 'web', 'corp', { protocol: 'tcp', ports: '443' }),
    ),
  ),
  fires(
    'a corporate-network target wider than the entry',
    withItems(
      twoSubnets([e(100, 'outbound', 'allow', 'tcp', '443', '192.168.1.0/24'), e(100, 'inbound', 'allow', 'tcp', '1024-65535', '192.168.0.0/16')], []),
      node('corp', 'corporate-network', { label: 'Head office' }),
      edge('f', 'network', 'web', 'corp', { protocol: 'tcp', ports: '443' }),
    ),
    ['f'],
    { message: /Web → Head office \(tcp 443\) is blocked: the outbound network ACL of Subnet A has no entry allowing tcp 443 to 192\.168\.0\.0\/16/ },
  ),
  fires('every pass failing at once is still one finding', twoSubnets([], []), ['f']),
]);

describe('net/flow-blocked-by-acl quick fix', () => {
  it('inserts the allow entry just below the shadowing deny', () => {
    const d = twoSubnets([REQ_OUT, REPLY_IN], [e(90, 'inbound', 'deny', 'tcp', 'all', '0.0.0.0/0'), REQ_IN, REPLY_OUT]);
    const fixed = flowBlockedByAcl.quickFix!.apply(d, { kind: 'edge', id: 'f' });
    const acl = fixed.nodes.find((n) => n.id === 'sb')!.props!['networkAcl'] as readonly Entry[];
    expect(acl).toContainEqual(e(89, 'inbound', 'allow', 'tcp', '5432', A));
    expect(runRule(flowBlockedByAcl, fixed)).toEqual([]);
  });

  it('appends after the last entry when nothing denies, one entry per failing pass', () => {
    const fixed = flowBlockedByAcl.quickFix!.apply(twoSubnets([], []), { kind: 'edge', id: 'f' });
    const aclOf = (id: string) => fixed.nodes.find((n) => n.id === id)!.props!['networkAcl'] as readonly Entry[];
    expect(aclOf('sa')).toEqual([FILLER, e(100, 'outbound', 'allow', 'tcp', '5432', B), e(210, 'inbound', 'allow', 'tcp', '1024-65535', B)]);
    expect(aclOf('sb')).toEqual([FILLER, e(210, 'inbound', 'allow', 'tcp', '5432', A), e(100, 'outbound', 'allow', 'tcp', '1024-65535', A)]);
  });

  it('leaves a diagram whose flow is not blocked unchanged', () => {
    expect(flowBlockedByAcl.quickFix!.apply(full, { kind: 'edge', id: 'f' })).toBe(full);
  });
});
