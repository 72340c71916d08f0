import { describe, expect, it } from 'vitest';
import type { Diagram } from './types';
import { boundsOf, diagramBounds, RESOURCE_SIZE } from './geometry';

describe('boundsOf', () => {
  it('is the smallest rectangle holding every one given', () => {
    expect(boundsOf([{ x: 10, y: 20, width: 5, height: 5 }, { x: -4, y: 30, width: 10, height: 10 }])).toEqual({ x: -4, y: 20, width: 19, height: 20 });
  });
  it('is empty at the origin when given none', () => {
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('diagramBounds', () => {
  it('covers every node at its absolute place (children are relative to their container)', () => {
    const diagram = {
      version: 1,
      title: 't',
      nodes: [
        { id: 'vpc', type: 'vpc', position: { x: 100, y: 50 }, size: { width: 400, height: 300 } },
        { id: 'db', type: 'rds', parent: 'vpc', position: { x: 380, y: 260 } },
        { id: 'role', type: 'iam-role', position: { x: -200, y: 0 } },
      ],
      edges: [],
    } as unknown as Diagram;
    // The database pokes out of its VPC: 100 + 380 + 120 wide, 50 + 260 + 92 high.
    expect(diagramBounds(diagram)).toEqual({ x: -200, y: 0, width: 100 + 380 + RESOURCE_SIZE.width + 200, height: 50 + 260 + RESOURCE_SIZE.height });
  });
  it('is undefined for an empty diagram', () => {
    expect(diagramBounds({ version: 1, title: 't', nodes: [], edges: [] } as unknown as Diagram)).toBeUndefined();
  });
});
