import { describe, expect, it } from 'vitest';
import type { AclEntry } from '../../catalog/propSpec';
import { ANYWHERE, parseCidr } from '../../model/cidr';
import { GraphIndex } from '../../model/graphIndex';
import { isEdgeOf } from '../../model/guards';
import { diagram, edge, node } from '../../testing/build';
import { AclCache, aclBlock, compileEntry, describeTraffic, evaluatePass } from './aclPasses';

const entry = (rule: number, action: 'allow' | 'deny', protocol: AclEntry['protocol'], ports: string, cidr = '0.0.0.0/0') =>
  compileEntry({ rule, direction: 'inbound', action, protocol, ports, cidr });
const tcp = (from: number, to: number) => ({ protocol: 'tcp' as const, ports: { from, to } });

describe('evaluatePass', () => {
  it('passes when the allows cover every port', () => {
    expect(evaluatePass([entry(1, 'allow', 'tcp', '0-99'), entry(2, 'allow', 'tcp', '100-65535')], tcp(50, 150), ANYWHERE)).toBeUndefined();
  });

  it('reports every unmatched interval', () => {
    expect(evaluatePass([entry(1, 'allow', 'tcp', '10-20')], tcp(0, 30), ANYWHERE)).toEqual({
      failing: [
        { from: 0, to: 9 },
        { from: 21, to: 30 },
      ],
    });
  });

  it('only lets a deny decide the ports earlier entries left open', () => {
    const allowLow = entry(1, 'allow', 'tcp', '0-100');
    const denyAll = entry(2, 'deny', 'tcp', 'all');
    expect(evaluatePass([allowLow, denyAll], tcp(50, 100), ANYWHERE)).toBeUndefined();
    expect(evaluatePass([allowLow, denyAll], tcp(50, 120), ANYWHERE)).toEqual({ failing: [{ from: 101, to: 120 }], deniedBy: denyAll.entry });
  });

  it('skips entries whose cidr does not contain the whole far side', () => {
    const far = parseCidr('10.0.0.0/16')!;
    expect(evaluatePass([entry(1, 'allow', 'tcp', 'all', '10.0.0.0/24')], tcp(22, 22), far)).toEqual({ failing: [{ from: 22, to: 22 }] });
    expect(evaluatePass([entry(1, 'allow', 'tcp', 'all', '10.0.0.0/8')], tcp(22, 22), far)).toBeUndefined();
  });

  it('denies everything with no entries', () => {
    expect(evaluatePass([], { protocol: 'icmp', ports: { from: 0, to: 65535 } }, ANYWHERE)).toEqual({ failing: [{ from: 0, to: 65535 }] });
  });
});

describe('aclBlock', () => {
  const d = diagram(
    node('vpc', 'vpc'),
    node('a', 'subnet', { parent: 'vpc', props: { cidr: '10.0.0.0/24', networkAcl: [] } }),
    node('b', 'subnet', {
      parent: 'vpc',
      props: { cidr: '10.0.1.0/24', networkAcl: [{ rule: 100, direction: 'inbound', action: 'allow', protocol: 'udp', ports: '53', cidr: '10.0.0.0/24' }] },
    }),
    node('x', 'ec2-instance', { parent: 'a' }),
    node('y', 'ec2-instance', { parent: 'b' }),
    edge('dns', 'network', 'x', 'y', { protocol: 'udp', ports: '53' }),
  );
  const index = new GraphIndex(d);
  const flow = index.edge('dns')!;

  it('names the first failing pass: the reply cannot leave a direction with no entries', () => {
    if (!isEdgeOf(flow, 'network')) throw new Error('not a flow');
    const block = aclBlock(index, flow);
    expect(block?.pass).toBe('reply-out');
    expect(block?.subnet.id).toBe('b');
    expect(block?.farCidr).toBe('10.0.0.0/24');
    expect(block?.failing).toEqual([{ from: 1024, to: 65535 }]);
  });
});

describe('AclCache', () => {
  const deny = { rule: 100, direction: 'inbound', action: 'deny', protocol: 'all', ports: 'all', cidr: '0.0.0.0/0' };
  const d = diagram(
    node('vpc', 'vpc'),
    node('a', 'subnet', { parent: 'vpc', props: { cidr: '10.0.0.0/24' } }),
    node('b', 'subnet', { parent: 'vpc', props: { cidr: '10.0.1.0/24', networkAcl: [deny] } }),
    node('x', 'ec2-instance', { parent: 'a' }),
    node('x2', 'ec2-instance', { parent: 'a' }),
    node('y', 'ec2-instance', { parent: 'b' }),
    edge('f1', 'network', 'x', 'y', { protocol: 'tcp', ports: '443' }),
    edge('f2', 'network', 'x2', 'y', { protocol: 'tcp', ports: '443' }),
    edge('f3', 'network', 'x', 'y', { protocol: 'tcp', ports: '80' }),
  );
  const index = new GraphIndex(d);
  const flow = (id: string) => {
    const f = index.edge(id)!;
    if (!isEdgeOf(f, 'network')) throw new Error('not a flow');
    return f;
  };

  it('gives flows that fail the same pass the same way one shared verdict', () => {
    const cache = new AclCache();
    const first = aclBlock(index, flow('f1'), cache);
    expect(first).toMatchObject({ pass: 'request-in', farCidr: '10.0.0.0/24', deniedBy: deny });
    expect(aclBlock(index, flow('f2'), cache)).toBe(first);
    const other = aclBlock(index, flow('f3'), cache);
    expect(other).not.toBe(first);
    expect(other?.failing).toEqual([{ from: 80, to: 80 }]);
  });

  it('answers as a fresh evaluation does', () => {
    const cache = new AclCache();
    for (const id of ['f1', 'f2', 'f3', 'f1']) expect(aclBlock(index, flow(id), cache)).toEqual(aclBlock(index, flow(id)));
  });
});

describe('describeTraffic', () => {
  it('spells out the protocol and ports', () => {
    expect(describeTraffic('tcp', [{ from: 22, to: 22 }])).toBe('tcp 22');
    expect(describeTraffic('udp', [{ from: 1, to: 2 }, { from: 5, to: 9 }])).toBe('udp 1-2, 5-9');
    expect(describeTraffic('icmp', [{ from: 0, to: 65535 }])).toBe('icmp');
    expect(describeTraffic('all', [{ from: 0, to: 65535 }])).toBe('all traffic');
    expect(describeTraffic('all', [{ from: 0, to: 21 }])).toBe('all traffic on ports 0-21');
  });
});
