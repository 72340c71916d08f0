import { describe, expect, it } from 'vitest';
import { splitEdges } from './edgeLevels';
import type { DiagramFlowEdge } from './flowAdapter';

const flowEdge = (id: string, selected = false): DiagramFlowEdge => ({
  id,
  source: 'a',
  target: 'b',
  type: 'diagram',
  selected,
  data: { edge: { id, kind: 'network', source: 'a', target: 'b' } },
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
