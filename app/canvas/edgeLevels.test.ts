import { describe, expect, it } from 'vitest';
import { endsOf, splitEdges } from './edgeLevels';
import type { DiagramFlowEdge } from './flowAdapter';

const flowEdge = (id: string, selected = false, source = 'a', target = 'b'): DiagramFlowEdge => ({
  id,
  source,
  target,
  type: 'diagram',
  selected,
  data: { edge: { id, kind: 'network', source, target } },
});

describe('splitEdges', () => {
  const edges = [flowEdge('e1'), flowEdge('e2', true), flowEdge('e3')];

  it('hands React Flow every edge, the very same array, when not zoomed out', () => {
    const split = splitEdges(edges, false, new Set());
    expect(split.flow).toBe(edges);
    expect(split.overview).toEqual([]);
  });

  it('zoomed out, keeps only selected and highlighted edges for React Flow and draws the rest in the overview', () => {
    const split = splitEdges(edges, true, new Set(['e3']));
    expect(split.flow.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(split.overview).toEqual([{ id: 'e1', kind: 'network', source: 'a', target: 'b' }]);
  });
});

describe('endsOf', () => {
  it('is every node an edge React Flow draws starts or ends at, once each', () => {
    expect([...endsOf([flowEdge('e1', true, 'a', 'b'), flowEdge('e2', true, 'b', 'c')])].sort()).toEqual(['a', 'b', 'c']);
    expect(endsOf([]).size).toBe(0);
  });
});
