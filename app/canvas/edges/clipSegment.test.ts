import { describe, expect, it } from 'vitest';
import { clipSegment, type Segment } from './clipSegment';

const region = { x: 0, y: 0, width: 200, height: 100 };
const line = (sx: number, sy: number, tx: number, ty: number): Segment => ({ sx, sy, tx, ty });

describe('clipSegment', () => {
  it('keeps a line wholly inside the region as it is', () => {
    expect(clipSegment(line(10, 10, 190, 90), region)).toEqual({ sx: 10, sy: 10, tx: 190, ty: 90, offset: 0, endKept: true });
  });

  it('drops a line wholly outside the region', () => {
    expect(clipSegment(line(-50, 10, -10, 90), region)).toBeUndefined();
    // Horizontal, above the region: parallel to its top side.
    expect(clipSegment(line(0, -5, 200, -5), region)).toBeUndefined();
    // Vertical, right of the region.
    expect(clipSegment(line(250, 0, 250, 100), region)).toBeUndefined();
    // Slanted past the bottom-right corner without entering.
    expect(clipSegment(line(180, 130, 230, 80), region)).toBeUndefined();
  });

  it('cuts a horizontal line crossing the region at both sides, starting the dashes where the full line has them', () => {
    expect(clipSegment(line(-100, 50, 300, 50), region)).toEqual({ sx: 0, sy: 50, tx: 200, ty: 50, offset: 100, endKept: false });
  });

  it('cuts a vertical line entering the region and ending in it, keeping its end (and arrowhead)', () => {
    expect(clipSegment(line(20, -50, 20, 60), region)).toEqual({ sx: 20, sy: 0, tx: 20, ty: 60, offset: 50, endKept: true });
  });

  it('cuts a line that starts inside and leaves: no offset, end not kept', () => {
    expect(clipSegment(line(20, 50, 20, 500), region)).toEqual({ sx: 20, sy: 50, tx: 20, ty: 100, offset: 0, endKept: false });
  });

  it('measures the offset from the full line’s start whichever way it runs', () => {
    const c = clipSegment(line(1000, 50, -1000, 50), region)!;
    expect(c).toMatchObject({ sx: 200, sy: 50, tx: 0, ty: 50, offset: 800, endKept: false });
  });

  it('keeps the dash phase of a slanted line: every kept point is as far from the start as on the full line', () => {
    const full = line(-300, -120, 500, 200);
    const c = clipSegment(full, region)!;
    expect(c.endKept).toBe(false);
    for (const f of [0, 0.25, 0.5, 1]) {
      const px = c.sx + (c.tx - c.sx) * f;
      const py = c.sy + (c.ty - c.sy) * f;
      expect(c.offset + Math.hypot(px - c.sx, py - c.sy)).toBeCloseTo(Math.hypot(px - full.sx, py - full.sy), 9);
      // And the point lies on the full line.
      expect((px - full.sx) * (full.ty - full.sy) - (py - full.sy) * (full.tx - full.sx)).toBeCloseTo(0, 6);
    }
    // Enters at the top-left corner, leaves through the right side.
    expect([c.sx, c.sy, c.tx, c.ty].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 0, 200, 80]);
  });

  it('keeps a line lying along the region’s border', () => {
    expect(clipSegment(line(-10, 0, 210, 0), region)).toMatchObject({ sx: 0, sy: 0, tx: 200, ty: 0, offset: 10 });
  });

  it('handles a zero-length line: kept inside, dropped outside', () => {
    expect(clipSegment(line(5, 5, 5, 5), region)).toEqual({ sx: 5, sy: 5, tx: 5, ty: 5, offset: 0, endKept: true });
    expect(clipSegment(line(-5, 5, -5, 5), region)).toBeUndefined();
  });
});
