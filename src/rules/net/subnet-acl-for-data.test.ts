import { describe, expect, it } from 'vitest';
import { nodeProps } from '../../catalog/resolveProps';
import { GraphIndex } from '../../model/graphIndex';
import type { NodeOf } from '../../model/guards';
import type { Diagram } from '../../model/types';
import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { nodeTarget } from '../types';
import { aclBlock } from './aclPasses';
import { subnetAclForData } from './subnet-acl-for-data';

const base = referenceDesign();
const privateA = base.nodes.find((n) => n.id === 'private-a')!;
const privateB = base.nodes.find((n) => n.id === 'private-b')!;
const { networkAcl: _dropped, ...privateAProps } = privateA.props ?? {};
const openA = withItems(base, { ...privateA, props: privateAProps });

/** A busier subnet: every kind of crossing the quick fix has to keep working. */
const busy = withItems(
  openA,
  node('app', 'ec2-instance', { parent: 'private-a' }),
  node('cache', 'elasticache', { parent: 'private-a' }),
  node('office', 'corporate-network', { props: { cidr: '172.16.0.0/12' } }),
  node('bucket', 's3-bucket'),
  node('private-c', 'subnet', { parent: 'vpc', props: { cidr: '10.0.3.0/24' } }),
  node('worker', 'ec2-instance', { parent: 'private-c' }),
  node('batch', 'ec2-instance'),
  edge('office-db', 'network', 'office', 'db', { ports: '5432' }),
  edge('office-ping', 'network', 'office', 'app', { protocol: 'icmp' }),
  edge('app-bucket', 'network', 'app', 'bucket', { ports: '443' }),
  edge('app-office', 'network', 'app', 'office', { protocol: 'udp', ports: '514' }),
  edge('app-cache', 'network', 'app', 'cache', { ports: '6379' }),
  edge('worker-cache', 'network', 'worker', 'cache', { protocol: 'all', ports: 'all' }),
  edge('cache-worker', 'network', 'cache', 'worker', { ports: '9000-9100' }),
  edge('batch-db', 'network', 'batch', 'db', { ports: '5432' }),
);

describeRule(subnetAclForData, [
  fires('the rds subnet with its network ACL removed', openA, ['private-a'], {
    message: /Private subnet A holds Orders DB but uses the default network ACL/,
  }),
  fires('a subnet holding two data stores is reported once', busy, ['private-a']),
  fires(
    'an empty ACL on a subnet whose data store has no flows',
    withItems(base, { ...privateB, props: { ...privateB.props, networkAcl: [] } }, node('dw', 'redshift', { parent: 'private-b' })),
    ['private-b'],
  ),
  passes('the clean reference design', base),
  passes('a subnet with an empty ACL but no data store (the public subnet)', base),
  passes('a top-level data store has no subnet', withItems(base, node('cache', 'elasticache'))),
]);

function blockedFlows(d: Diagram): string[] {
  const index = new GraphIndex(d);
  return index.flows.filter((f) => aclBlock(index, f) !== undefined).map((f) => f.id);
}

function aclOf(d: Diagram, id: string) {
  return nodeProps(d.nodes.find((n) => n.id === id) as NodeOf<'subnet'>).networkAcl;
}

describe('net/subnet-acl-for-data quick fix', () => {
  const apply = subnetAclForData.quickFix!.apply;

  it('writes entries every drawn flow still passes (checked with the four ACL passes)', () => {
    expect(blockedFlows(busy)).toEqual([]);
    const fixed = apply(busy, nodeTarget('private-a'));
    expect(aclOf(fixed, 'private-a').length).toBeGreaterThan(0);
    expect(blockedFlows(fixed)).toEqual([]);
  });

  it('allows the database port in from the bastion subnet and ephemeral replies back, as the reference design does', () => {
    const fixed = apply(openA, nodeTarget('private-a'));
    expect(aclOf(fixed, 'private-a')).toEqual([
      { rule: 100, direction: 'inbound', action: 'allow', protocol: 'tcp', ports: '5432', cidr: '10.0.0.0/24' },
      { rule: 100, direction: 'outbound', action: 'allow', protocol: 'tcp', ports: '1024-65535', cidr: '10.0.0.0/24' },
    ]);
  });

  it('uses the sourceCidr, corporate and 0.0.0.0/0 addresses of outside ends', () => {
    const entries = aclOf(apply(busy, nodeTarget('private-a')), 'private-a');
    const has = (direction: string, protocol: string, ports: string, cidr: string) =>
      entries.some((e) => e.direction === direction && e.protocol === protocol && e.ports === ports && e.cidr === cidr && e.action === 'allow');
    expect(has('inbound', 'tcp', '5432', '172.16.0.0/12')).toBe(true);
    expect(has('inbound', 'icmp', 'all', '172.16.0.0/12')).toBe(true);
    expect(has('outbound', 'tcp', '443', '0.0.0.0/0')).toBe(true);
    expect(has('inbound', 'tcp', '1024-65535', '0.0.0.0/0')).toBe(true);
    expect(has('inbound', 'all', 'all', '10.0.3.0/24')).toBe(true);
    expect(has('outbound', 'tcp', '9000-9100', '10.0.3.0/24')).toBe(true);
    // The flow between two nodes of the subnet crosses no ACL, so it adds no entry for 6379.
    expect(entries.some((e) => e.ports === '6379')).toBe(false);
    // Rule numbers are unique within a direction.
    for (const direction of ['inbound', 'outbound']) {
      const rules = entries.filter((e) => e.direction === direction).map((e) => e.rule);
      expect(new Set(rules).size).toBe(rules.length);
    }
  });

  it('denies everything when no drawn flow crosses the subnet', () => {
    const lonely = withItems(base, { ...privateB, props: { ...privateB.props, networkAcl: [] } }, node('dw', 'redshift', { parent: 'private-b' }));
    const entries = aclOf(apply(lonely, nodeTarget('private-b')), 'private-b');
    expect(entries.map((e) => `${e.direction} ${e.action} ${e.protocol} ${e.ports} ${e.cidr}`)).toEqual([
      'inbound deny all all 0.0.0.0/0',
      'outbound deny all all 0.0.0.0/0',
    ]);
  });

  it('leaves a subnet that already has entries alone', () => {
    expect(apply(base, nodeTarget('private-a'))).toBe(base);
  });
});
