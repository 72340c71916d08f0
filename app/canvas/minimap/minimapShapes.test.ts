import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../../../src/model/types';
import { minimapFrame, minimapShapes } from './minimapShapes';

const node = (n: Partial<DiagramNode> & Pick<DiagramNode, 'id' | 'type'>) => n as DiagramNode;

describe('minimapShapes', () => {
  const d = [
    node({ id: 'vpc', type: 'vpc', position: { x: 100, y: 50 }, size: { width: 800, height: 600 } }),
    node({ id: 'sub', type: 'subnet', parent: 'vpc', position: { x: 20, y: 40 }, size: { width: 300, height: 200 } }),
    node({ id: 'db', type: 'rds', parent: 'sub', position: { x: 10, y: 10 } }),
    node({ id: 'net', type: 'internet', position: { x: -200, y: 0 } }),
  ];

  it('draws containers by nesting level, outermost first, at their place on the canvas', () => {
    const { containers } = minimapShapes(d);
    expect(containers).toEqual(['M100 50h800v600h-800z', 'M120 90h300v200h-300z']);
  });

  it('draws every resource in one path, inside its parents', () => {
    expect(minimapShapes(d).resources).toBe('M130 100h120v92h-120zM-200 0h120v92h-120z');
  });

  it('bounds every node, and nothing for an empty diagram', () => {
    expect(minimapShapes(d).bounds).toEqual({ x: -200, y: 0, width: 1100, height: 650 });
    expect(minimapShapes([])).toEqual({ containers: [], resources: '', bounds: undefined });
  });
});

describe('minimapFrame', () => {
  it('fits the nodes and the view in the minimap, centred, with a 5 px margin', () => {
    const f = minimapFrame({ x: 0, y: 0, width: 2000, height: 1000 }, { x: 0, y: 0, width: 400, height: 300 }, 200, 150);
    // 10 canvas units a pixel (the width decides), so the margin is 50 units and the height is centred.
    expect(f.scale).toBe(10);
    expect(f.viewBox).toEqual({ x: -50, y: -300, width: 2100, height: 1600 });
  });

  it('grows to take in a view beyond the nodes, and shades all but the view', () => {
    const f = minimapFrame({ x: 0, y: 0, width: 100, height: 100 }, { x: 900, y: 0, width: 100, height: 75 }, 200, 150);
    expect(f.viewBox.x + f.viewBox.width).toBeGreaterThan(1000);
    expect(f.mask.endsWith('M900,0h100v75h-100z')).toBe(true);
  });
});
