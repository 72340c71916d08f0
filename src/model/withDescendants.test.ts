import { describe, expect, it } from 'vitest';
import { withDescendants } from './withDescendants';
import type { Diagram, DiagramNode } from './types';

function node(id: string, parent?: string): DiagramNode {
  return { id, type: parent === undefined ? 'vpc' : 'ec2', label: id, position: { x: 0, y: 0 }, ...(parent === undefined ? {} : { parent }) } as DiagramNode;
}

const diagram = {
  nodes: [node('vpc'), node('subnet', 'vpc'), node('a', 'subnet'), node('b', 'subnet'), node('other'), node('c', 'other')],
  edges: [],
} as unknown as Diagram;

describe('withDescendants', () => {
  it('takes a container with everything nested in it, at any depth', () => {
    expect([...withDescendants(diagram, ['vpc'])].sort()).toEqual(['a', 'b', 'subnet', 'vpc']);
  });

  it('takes a leaf alone and leaves its parent and siblings out', () => {
    expect([...withDescendants(diagram, ['a'])]).toEqual(['a']);
  });

  it('joins several roots and counts a node chosen twice once', () => {
    expect([...withDescendants(diagram, ['subnet', 'a', 'other'])].sort()).toEqual(['a', 'b', 'c', 'other', 'subnet']);
  });

  it('ignores ids that are not in the diagram', () => {
    expect(withDescendants(diagram, ['gone']).size).toBe(0);
  });
});
