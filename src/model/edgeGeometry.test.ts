import { describe, expect, it } from 'vitest';
import { borderPoint, edgeEnds, inkBox } from './edgeGeometry';

describe('edge geometry', () => {
  it("narrows a resource's box to its icon and label, and leaves a container's as it is", () => {
    expect(inkBox({ x: 0, y: 0, width: 120, height: 92 }, true)).toEqual({ x: 28, y: 2, w: 64, h: 82 });
    expect(inkBox({ x: 0, y: 0, width: 400, height: 300 }, false)).toEqual({ x: 0, y: 0, w: 400, h: 300 });
  });

  it('leaves a box where the line to the other centre crosses its border', () => {
    expect(borderPoint({ x: 0, y: 0, w: 100, h: 50 }, { x: 250, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint({ x: 0, y: 0, w: 100, h: 50 }, { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
  });

  it('draws an edge from border to border, and offsets parallel edges sideways', () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    const b = { x: 300, y: 0, w: 100, h: 100 };
    expect(edgeEnds(a, b)).toEqual({ sx: 100, sy: 50, tx: 300, ty: 50 });
    const shifted = edgeEnds(a, b, 10);
    expect(shifted.sy).toBeGreaterThan(59);
    expect(shifted.ty).toBeCloseTo(shifted.sy);
  });
});
