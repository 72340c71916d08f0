import { describe, expect, it } from 'vitest';
import { diagram, edge, node, withItems, without } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { internetExposure } from './internet-exposure';

const base = referenceDesign();
const privateA = base.nodes.find((n) => n.id === 'private-a')!;

const threeTier = diagram(
  node('net', 'internet', { label: 'Internet' }),
  node('web', 'ec2-instance', { label: 'Web' }),
  node('app', 'ec2-instance', { label: 'App' }),
  node('db', 'rds', { label: 'Orders DB' }),
  edge('in', 'network', 'net', 'web', { protocol: 'tcp', ports: '443' }),
  edge('web-app', 'network', 'web', 'app', { protocol: 'tcp', ports: '8080' }),
  edge('app-db', 'network', 'app', 'db', { protocol: 'tcp', ports: '5432' }),
);

describeRule(internetExposure, [
  fires('the reference design: Internet → bastion → database', base, ['db'], {
    message: /^Orders DB is reachable from the Internet: Internet → SSH bastion \(tcp 22\) → Orders DB \(tcp 5432\); /,
  }),
  fires('a three-tier path', threeTier, ['db'], {
    message: /Internet → Web \(tcp 443\) → App \(tcp 8080\) → Orders DB \(tcp 5432\)/,
  }),
  fires(
    'a path of flows another rule flags (blocked by the ACL) still counts',
    withItems(base, { ...privateA, props: { ...privateA.props, networkAcl: [] } }),
    ['db'],
  ),
  fires(
    'redshift and elasticache too, with icmp and all-traffic hops',
    withItems(
      threeTier,
      node('dw', 'redshift', { label: 'Warehouse' }),
      node('cache', 'elasticache', { label: 'Cache' }),
      edge('app-dw', 'network', 'app', 'dw', { protocol: 'all', ports: 'all' }),
      edge('web-cache', 'network', 'web', 'cache', { protocol: 'icmp' }),
    ),
    ['db', 'dw', 'cache'],
    { message: /(Internet → Web \(tcp 443\) → Cache \(icmp\)|App \(tcp 8080\) → Warehouse \(all traffic\)|Orders DB)/ },
  ),
  passes('no flow from the Internet at all', without(base, 'ssh-in')),
  passes('no internet node', diagram(node('app', 'ec2-instance'), node('db', 'rds'), edge('f', 'network', 'app', 'db'))),
  passes(
    'a data store that a flow from the Internet targets directly (another rule reports it)',
    withItems(base, edge('direct', 'network', 'internet', 'db', { protocol: 'tcp', ports: '5432' })),
  ),
  passes(
    'flows out of the data store do not expose it',
    diagram(node('net', 'internet'), node('app', 'ec2-instance'), node('db', 'rds'), edge('in', 'network', 'net', 'app'), edge('f', 'network', 'db', 'app')),
  ),
  passes('a reached node that is not a data store', without(threeTier, 'app-db')),
]);

describe('net/internet-exposure path', () => {
  const pathOf = (d: typeof base, id: string) => runRule(internetExposure, d).find((h) => h.target.kind === 'node' && h.target.id === id)?.path;

  it('lists the flow ids from the Internet in order', () => {
    expect(pathOf(base, 'db')).toEqual(['ssh-in', 'bastion-to-db']);
    expect(pathOf(threeTier, 'db')).toEqual(['in', 'web-app', 'app-db']);
  });

  it('reports the shortest path, not the first drawn', () => {
    const d = withItems(threeTier, edge('web-db', 'network', 'web', 'db', { protocol: 'tcp', ports: '5432' }));
    expect(pathOf(d, 'db')).toEqual(['in', 'web-db']);
  });

  it('breaks ties by diagram order, from any of several internet nodes', () => {
    const d = diagram(
      node('net1', 'internet'),
      node('net2', 'internet'),
      node('a', 'ec2-instance'),
      node('b', 'ec2-instance'),
      node('db', 'rds'),
      edge('n2-b', 'network', 'net2', 'b'),
      edge('n1-a', 'network', 'net1', 'a'),
      edge('a-db', 'network', 'a', 'db'),
      edge('b-db', 'network', 'b', 'db'),
    );
    // net1 is first in diagram order, so its flow is explored first.
    expect(pathOf(d, 'db')).toEqual(['n1-a', 'a-db']);
    const swapped = { ...d, nodes: [d.nodes[1]!, d.nodes[0]!, ...d.nodes.slice(2)] };
    expect(pathOf(swapped, 'db')).toEqual(['n2-b', 'b-db']);
  });

  it('survives cycles', () => {
    const d = withItems(threeTier, edge('app-web', 'network', 'app', 'web'), edge('db-app', 'network', 'db', 'app'));
    expect(pathOf(d, 'db')).toEqual(['in', 'web-app', 'app-db']);
  });
});
