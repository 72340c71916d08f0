import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../model/graphIndex';
import { diagram, edge, node } from '../../testing/build';
import { encryptFlowFix, unencryptedFlowsInto } from './unencryptedFlowsInto';

const d = diagram(
  node('app', 'ec2-instance'),
  node('db', 'rds'),
  node('cache', 'elasticache'),
  node('bucket', 's3-bucket'),
  edge('plain', 'network', 'app', 'db', { ports: '5432' }),
  edge('tls', 'network', 'app', 'db', { ports: '5432', encrypted: true }),
  edge('cache-plain', 'network', 'app', 'cache', { ports: '6379', encrypted: false }),
  edge('bucket-plain', 'network', 'app', 'bucket'),
  edge('dangling', 'network', 'app', 'missing'),
  edge('notify', 'notification', 'db', 'bucket'),
);

const ids = (types: readonly ('rds' | 'elasticache' | 's3-bucket')[]) =>
  [...unencryptedFlowsInto(new GraphIndex(d), types)].map((f) => f.flow.id);

describe('unencryptedFlowsInto', () => {
  it('yields only unencrypted flows into the given types, in diagram order', () => {
    expect(ids(['rds', 'elasticache'])).toEqual(['plain', 'cache-plain']);
    expect(ids(['s3-bucket'])).toEqual(['bucket-plain']);
  });

  it('pairs each flow with its target node', () => {
    const [first] = [...unencryptedFlowsInto(new GraphIndex(d), ['rds'])];
    expect(first?.target.id).toBe('db');
  });

  it('ignores flows to nodes that do not exist and edges of other kinds', () => {
    expect(ids([])).toEqual([]);
  });
});

describe('encryptFlowFix', () => {
  it('sets encrypted true on the target edge only', () => {
    const fixed = encryptFlowFix.apply(d, { kind: 'edge', id: 'plain' });
    expect(fixed.edges.find((e) => e.id === 'plain')?.props?.['encrypted']).toBe(true);
    expect(fixed.edges.find((e) => e.id === 'cache-plain')?.props?.['encrypted']).toBe(false);
    expect(d.edges.find((e) => e.id === 'plain')?.props?.['encrypted']).toBeUndefined();
  });

  it('leaves the diagram alone for a node target', () => {
    expect(encryptFlowFix.apply(d, { kind: 'node', id: 'db' })).toBe(d);
  });
});
