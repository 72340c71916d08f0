import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngScale } from './pngScale';

describe('pngScale', () => {
  it('keeps the requested ratio when the canvas fits', () => {
    expect(pngScale(1324, 654, 2)).toEqual({ ratio: 2, width: 2648, height: 1308, reduced: false });
    expect(pngScale(1324, 654, 3)).toMatchObject({ ratio: 3, reduced: false });
  });

  it('lowers the ratio to keep each side within 16,384 px', () => {
    const s = pngScale(12000, 900, 2);
    expect(s.reduced).toBe(true);
    expect(s.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(s.ratio).toBeGreaterThan(1.3);
  });

  it('lowers the ratio to keep the area within the limit', () => {
    const s = pngScale(9000, 7000, 2);
    expect(s.reduced).toBe(true);
    expect(s.width * s.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(s.width).toBeLessThan(MAX_CANVAS_SIDE);
  });

  it('goes below 1x for huge diagrams instead of cropping', () => {
    const s = pngScale(60000, 40000, 1);
    expect(s.ratio).toBeLessThan(1);
    expect(s.ratio).toBeGreaterThan(0);
    expect(s.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(s.width * s.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });
});
