import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../src/model/types';
import { pathHops } from './pathHops';

const diagram: Diagram = {
  title: 'd',
  nodes: [
    { id: 'internet', type: 'internet', label: 'Internet' },
    { id: 'web', type: 'ec2-instance', label: 'web 0' },
    { id: 'db', type: 'rds' },
  ],
  edges: [
    { id: 'e1', kind: 'network', source: 'internet', target: 'web' },
    { id: 'e2', kind: 'network', source: 'web', target: 'db' },
  ],
} as unknown as Diagram;

describe('pathHops', () => {
  it('names the nodes along the flows, from the first source to the last target', () => {
    expect(pathHops(diagram, ['e1', 'e2'])).toEqual(['Internet', 'web 0', 'RDS database']);
  });

  it('keeps the ids when a flow is not in the diagram (a stale finding)', () => {
    expect(pathHops(diagram, ['e1', 'gone'])).toEqual(['e1', 'gone']);
  });

  it('gives the same answer from its cache for the same diagram, and reads a new diagram afresh', () => {
    expect(pathHops(diagram, ['e2'])).toEqual(['web 0', 'RDS database']);
    const renamed = { ...diagram, nodes: diagram.nodes.map((n) => (n.id === 'web' ? { ...n, label: 'web 1' } : n)) } as Diagram;
    expect(pathHops(renamed, ['e2'])).toEqual(['web 1', 'RDS database']);
  });
});
