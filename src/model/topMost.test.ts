import { describe, expect, it } from 'vitest';
import type { Diagram } from './types';
import { topMost } from './topMost';

const diagram = {
  version: 1,
  title: 't',
  nodes: [
    { id: 'vpc', type: 'vpc' },
    { id: 'sub', type: 'subnet', parent: 'vpc' },
    { id: 'db', type: 'rds', parent: 'sub' },
    { id: 'role', type: 'iam-role' },
  ],
  edges: [],
} as unknown as Diagram;

describe('topMost', () => {
  it('drops nodes whose container (at any depth) is also selected', () => {
    expect(topMost(diagram, ['db', 'vpc', 'role'])).toEqual(['vpc', 'role']);
    expect(topMost(diagram, ['sub', 'db'])).toEqual(['sub']);
  });
  it('keeps a node whose container is not selected, and drops ids that are not nodes', () => {
    expect(topMost(diagram, ['db', 'e1'])).toEqual(['db']);
  });
});
