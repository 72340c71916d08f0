import { describe, expect, it } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { edgeViewSelector, sameEdgeView } from './useEdgeView';

const a = { id: 'a' } as InternalNode;
const b = { id: 'b' } as InternalNode;
const state = (x: number, y: number, zoom: number, lookup = new Map([['a', a], ['b', b]])) => ({
  nodeLookup: lookup,
  transform: [x, y, zoom] as [number, number, number],
  width: 1440,
  height: 900,
  domNode: null,
});

describe('edgeViewSelector', () => {
  const select = edgeViewSelector('a', 'b');

  it('reads both ends, the clip region and the zoom level', () => {
    const [s, t, region, zoomedOut, layer] = select(state(0, 0, 1));
    expect(s).toBe(a);
    expect(t).toBe(b);
    expect(region).not.toBe('');
    expect(zoomedOut).toBe(false);
    expect(layer).toBeUndefined();
    expect(select(state(0, 0, 0.2))[3]).toBe(true);
  });

  it('gives an equal selection for a small pan, so the edge does not re-render each frame', () => {
    expect(sameEdgeView(select(state(-10, -10, 1)), select(state(-60, -35, 1)))).toBe(true);
  });

  it('changes when the view crosses into another clip cell, when an end moves, or across the zoomed-out threshold', () => {
    expect(sameEdgeView(select(state(-10, -10, 1)), select(state(-10 - 1440, -10, 1)))).toBe(false);
    const moved = { id: 'a' } as InternalNode;
    expect(sameEdgeView(select(state(0, 0, 1)), select(state(0, 0, 1, new Map([['a', moved], ['b', b]]))))).toBe(false);
    expect(sameEdgeView(select(state(0, 0, 0.31)), select(state(0, 0, 0.29)))).toBe(false);
  });

  it('changes when the label layer appears', () => {
    const layer = {} as HTMLElement;
    const withLayer = { ...state(0, 0, 1), domNode: { querySelector: () => layer } as unknown as HTMLDivElement };
    expect(select(withLayer)[4]).toBe(layer);
    expect(sameEdgeView(select(state(0, 0, 1)), select(withLayer))).toBe(false);
  });
});
