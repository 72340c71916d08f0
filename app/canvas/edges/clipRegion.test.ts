import { describe, expect, it } from 'vitest';
import { regionKey, regionOf } from './clipRegion';

const view = (x: number, y: number, zoom: number, width = 1440, height = 900) => ({ transform: [x, y, zoom] as [number, number, number], width, height });

describe('regionKey', () => {
  it('is empty until React Flow knows its size (nothing is clipped then)', () => {
    expect(regionKey(view(0, 0, 1, 0, 0))).toBe('');
    expect(regionOf('')).toBeUndefined();
  });

  it('covers the view with at least one screen to spare on every side, at any pan and zoom', () => {
    for (const zoom of [0.06, 0.3, 0.5, 0.74, 1, 1.3, 2.9]) {
      for (const [x, y] of [[0, 0], [-123456, 98765], [5000, -777], [-1439, -899], [0.5, -0.5]] as const) {
        const r = regionOf(regionKey(view(x, y, zoom)))!;
        const w = 1440 / zoom;
        const h = 900 / zoom;
        const left = -x / zoom;
        const top = -y / zoom;
        expect(left - r.x).toBeGreaterThanOrEqual(w - 1e-6);
        expect(top - r.y).toBeGreaterThanOrEqual(h - 1e-6);
        expect(r.x + r.width - (left + w)).toBeGreaterThanOrEqual(w - 1e-6);
        expect(r.y + r.height - (top + h)).toBeGreaterThanOrEqual(h - 1e-6);
        expect(r.zoom).toBeLessThanOrEqual(zoom);
        expect(r.zoom).toBeGreaterThan(zoom / 2);
      }
    }
  });

  it('stays the same while the view pans within a screen, and moves once it crosses one', () => {
    const at = (x: number) => regionKey(view(x, -200, 1));
    expect(at(-100)).toBe(at(-1300));
    expect(at(-100)).not.toBe(at(-1500));
  });

  it('stays the same while the zoom stays between the same powers of two', () => {
    expect(regionKey(view(0, 0, 1))).toBe(regionKey(view(0, 0, 1.9)));
    expect(regionKey(view(0, 0, 1))).not.toBe(regionKey(view(0, 0, 0.9)));
  });
});
