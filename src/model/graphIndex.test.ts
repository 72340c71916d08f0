import { describe, expect, it } from 'vitest';
import { diagram, edge, node } from '../testing/build';
import { GraphIndex } from './graphIndex';

const d = diagram(
  node('vpc', 'vpc'),
  node('s', 'subnet', { parent: 'vpc' }),
  node('a', 'ec2-instance', { parent: 's', label: 'App' }),
  node('db', 'rds', { parent: 's' }),
  node('role', 'iam-role'),
  edge('f1', 'network', 'a', 'db', { protocol: 'tcp', ports: '5432' }),
  edge('as', 'assume', 'a', 'role'),
  edge('f2', 'network', 'a', 'db', { protocol: 'icmp' }),
  edge('f3', 'network', 'db', 'a', { protocol: 'all', ports: 'all' }),
);

describe('GraphIndex', () => {
  const index = new GraphIndex(d);

  it('answers edges in and out by kind, in diagram order', () => {
    expect(index.outEdges('a', 'network').map((e) => e.id)).toEqual(['f1', 'f2']);
    expect(index.outEdges('a', 'assume').map((e) => e.id)).toEqual(['as']);
    expect(index.outEdges('a').map((e) => e.id)).toEqual(['f1', 'as', 'f2']);
    expect(index.inEdges('db', 'network').map((e) => e.id)).toEqual(['f1', 'f2']);
    expect(index.inEdges('a').map((e) => e.id)).toEqual(['f3']);
    expect(index.inEdges('role', 'network')).toEqual([]);
    expect(index.outEdges('missing', 'network')).toEqual([]);
  });

  it('looks up edges by id', () => {
    expect(index.edge('as')?.kind).toBe('assume');
    expect(index.edge('nope')).toBeUndefined();
  });

  it('describes flows with their traffic', () => {
    expect(index.describeEdge(index.edge('f1')!)).toBe('App → RDS database (tcp 5432)');
    expect(index.describeEdge(index.edge('f2')!)).toBe('App → RDS database (icmp)');
    expect(index.describeEdge(index.edge('f3')!)).toBe('RDS database → App (all traffic)');
    expect(index.describeEdge(index.edge('as')!)).toBe('App → IAM role (assume)');
  });

  it('computes a derived value once per index and per function', () => {
    let calls = 0;
    const count = (i: GraphIndex) => {
      calls++;
      return i.nodes.length;
    };
    expect(index.derived(count)).toBe(5);
    expect(index.derived(count)).toBe(5);
    expect(calls).toBe(1);
    expect(new GraphIndex(d).derived(count)).toBe(5);
    expect(calls).toBe(2);
  });
});

describe('GraphIndex with ids that name no node', () => {
  // The reader refuses these; the index still answers as a Map keyed by id would.
  const stray = diagram(
    node('a', 'ec2-instance', { parent: 'ghost' }),
    node('b', 'rds'),
    edge('f', 'network', 'ghost', 'b', { protocol: 'tcp', ports: '22' }),
  );
  const index = new GraphIndex(stray);

  it('lists children and edges under the missing id', () => {
    expect(index.childrenOf('ghost').map((n) => n.id)).toEqual(['a']);
    expect(index.outEdges('ghost', 'network').map((e) => e.id)).toEqual(['f']);
    expect(index.inEdges('b').map((e) => e.id)).toEqual(['f']);
    expect(index.node('ghost')).toBeUndefined();
    expect(index.position('ghost')).toBe(-1);
    expect(index.position('b')).toBe(1);
    expect(index.vpcOf(index.node('a')!)).toBeUndefined();
  });
});
