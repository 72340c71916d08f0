import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../src/model/types';
import { openingViewport } from './openingViewport';

const diagram = (nodes: unknown[]) => ({ version: 1, title: 't', nodes, edges: [] }) as unknown as Diagram;
const wide = diagram([
  { id: 'a', type: 'vpc', position: { x: 0, y: 0 }, size: { width: 8000, height: 2000 } },
  { id: 'b', type: 'rds', parent: 'a', position: { x: 40, y: 60 } },
]);

describe('openingViewport', () => {
  it('is the stored view when the document has one', () => {
    expect(openingViewport(wide, { id: 'd', viewport: { x: 5, y: 6, zoom: 0.7 } }, 1000, 800)).toEqual({ x: 5, y: 6, zoom: 0.7 });
  });

  it('otherwise fits the whole diagram, centred, with padding', () => {
    const v = openingViewport(wide, { id: 'd', viewport: undefined }, 1000, 800);
    // 8,000 units across 1,000 px, less 15% padding: about 0.11.
    expect(v.zoom).toBeGreaterThan(0.1);
    expect(v.zoom).toBeLessThan(0.125);
    const left = v.x;
    const right = 1000 - (v.x + 8000 * v.zoom);
    expect(Math.abs(left - right)).toBeLessThan(1);
    const top = v.y;
    const bottom = 800 - (v.y + 2000 * v.zoom);
    expect(Math.abs(top - bottom)).toBeLessThan(1);
  });

  it('never magnifies a small diagram past 100%, and opens an empty one at 100% at the origin', () => {
    expect(openingViewport(diagram([{ id: 'b', type: 'rds', position: { x: 0, y: 0 } }]), undefined, 1000, 800).zoom).toBe(1);
    expect(openingViewport(diagram([]), undefined, 1000, 800)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
