import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../model/graphIndex';
import type { EdgeOf } from '../../model/guards';
import { diagram, edge, node } from '../../testing/build';
import { describePath, exposurePathIds, exposurePaths, flowTrafficLabel, pathDescriber } from './exposurePaths';

const d = diagram(
  node('net', 'internet'),
  node('lb', 'ec2-instance', { label: 'LB' }),
  node('app', 'ec2-instance', { label: 'App' }),
  node('island', 'ec2-instance'),
  edge('in', 'network', 'net', 'lb', { protocol: 'tcp', ports: '443' }),
  edge('lb-app', 'network', 'lb', 'app', { protocol: 'udp', ports: '9000-9100' }),
  edge('assume', 'access', 'app', 'island'),
);
const index = new GraphIndex(d);
const via = exposurePaths(index);

describe('exposurePaths', () => {
  it('reaches nodes over flows only, recording the flow that first reached each', () => {
    expect([...via.keys()]).toEqual(['net', 'lb', 'app']);
    expect(via.get('net')).toBeNull();
    expect(via.get('app')?.id).toBe('lb-app');
  });

  it('walks back to the Internet', () => {
    expect(exposurePathIds(via, 'app')).toEqual(['in', 'lb-app']);
    expect(exposurePathIds(via, 'lb')).toEqual(['in']);
    expect(exposurePathIds(via, 'net')).toEqual([]);
    expect(exposurePathIds(via, 'island')).toEqual([]);
  });

  it('spells out a path with the traffic of each hop', () => {
    expect(describePath(index, flowsOf(index, exposurePathIds(via, 'app')))).toBe('Internet → LB (tcp 443) → App (udp 9000-9100)');
    expect(describePath(index, [])).toBe('');
  });

  it('labels traffic as describeEdge does', () => {
    const flows = diagram(
      node('a', 'ec2-instance'),
      node('b', 'ec2-instance'),
      edge('icmp', 'network', 'a', 'b', { protocol: 'icmp', ports: '8' }),
      edge('all', 'network', 'a', 'b', { protocol: 'all', ports: 'all' }),
      edge('tcp', 'network', 'a', 'b', { protocol: 'tcp', ports: '22' }),
    );
    const idx = new GraphIndex(flows);
    expect(idx.flows.map(flowTrafficLabel)).toEqual(['icmp', 'all traffic', 'tcp 22']);
    for (const f of idx.flows) expect(idx.describeEdge(f)).toBe(`EC2 instance → EC2 instance (${flowTrafficLabel(f)})`);
  });
});

describe('pathDescriber', () => {
  it('writes the same text as describePath for every node, whatever order it is asked in', () => {
    const tiers = diagram(
      node('net', 'internet'),
      node('lb', 'ec2-instance', { label: 'LB' }),
      node('app', 'ec2-instance', { label: 'App' }),
      node('db1', 'rds', { label: 'DB 1' }),
      node('db2', 'rds'),
      node('island', 'rds'),
      edge('in', 'network', 'net', 'lb', { protocol: 'tcp', ports: '443' }),
      edge('lb-app', 'network', 'lb', 'app', { protocol: 'all', ports: 'all' }),
      edge('app-db1', 'network', 'app', 'db1', { protocol: 'tcp', ports: '5432' }),
      edge('app-db2', 'network', 'app', 'db2', { protocol: 'icmp' }),
    );
    const idx = new GraphIndex(tiers);
    const reached = exposurePaths(idx);
    for (const order of [['db2', 'db1', 'app', 'lb', 'net', 'island'], ['net', 'lb', 'app', 'db1', 'db2', 'island']]) {
      const describe = pathDescriber(idx, reached);
      for (const id of order) expect(describe(id), id).toBe(describePath(idx, flowsOf(idx, exposurePathIds(reached, id))));
    }
    expect(pathDescriber(idx, reached)('db2')).toBe('Internet → LB (tcp 443) → App (all traffic) → RDS database (icmp)');
  });
});

function flowsOf(index: GraphIndex, ids: readonly string[]): EdgeOf<'network'>[] {
  return ids.map((id) => index.edge(id) as EdgeOf<'network'>);
}
