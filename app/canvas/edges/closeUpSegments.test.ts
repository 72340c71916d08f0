import { describe, expect, it } from 'vitest';
import { closeUpSegments } from './closeUpSegments';

const region = { x: -1000, y: -1000, width: 4000, height: 2000, zoom: 1 };
/** A piece's start and end x from its "Mx yLx y" line. */
const xs = (line: string) => line.match(/-?[\d.]+/g)!.map(Number).filter((_, i) => i % 2 === 0);

describe('closeUpSegments', () => {
  it('draws a solid line inside the region whole, with the canvas marker as its arrowhead', () => {
    // network: 1.75 wide; the marker's point is 0.7 widths past the end, its base 6.3 widths back, 3.5 widths either side.
    const [s, ...rest] = closeUpSegments('e', { sx: 0, sy: 0, tx: 100, ty: 0 }, 'network', region);
    expect(rest).toEqual([]);
    expect(s!.line).toBe('M0 0L100 0');
    expect(s!.arrow).toBe('M101.2 0L89 6.1L89 -6.1Z');
  });

  it('cuts a long dashed line into pieces that each start a whole number of dash periods from its source', () => {
    // assume: "6 4", a 10-unit period; pieces of about 512 px at zoom 1 are 51 periods.
    const pieces = closeUpSegments('e', { sx: 0, sy: 0, tx: 1200, ty: 0 }, 'assume', region);
    expect(pieces.map((p) => xs(p.line))).toEqual([[0, 510], [510, 1020], [1020, 1200]]);
    expect(pieces.map((p) => p.arrow !== '')).toEqual([false, false, true]);
  });

  it('sizes pieces for the zoom the region was made for', () => {
    const pieces = closeUpSegments('e', { sx: 0, sy: 0, tx: 1200, ty: 0 }, 'assume', { ...region, zoom: 2 });
    expect(xs(pieces[0]!.line)).toEqual([0, 260]);
  });

  it('keeps a clipped dashed line in step with its source, and draws no arrowhead where the clip cuts it', () => {
    const pieces = closeUpSegments('e', { sx: -5000, sy: 0, tx: 5000, ty: 0 }, 'vpn', region);
    expect(pieces.length).toBeGreaterThan(1);
    // vpn: "10 4", a 14-unit period.
    for (const p of pieces) expect((xs(p.line)[0]! + 5000) % 14).toBeCloseTo(0, 5);
    // The first piece starts at or before the region's edge and the last ends at it.
    expect(xs(pieces[0]!.line)[0]).toBeLessThanOrEqual(-1000);
    expect(xs(pieces.at(-1)!.line)[1]).toBe(3000);
    expect(pieces.every((p) => p.arrow === '')).toBe(true);
  });

  it('draws a clipped solid line from where the region starts', () => {
    const pieces = closeUpSegments('e', { sx: -5000, sy: 0, tx: 0, ty: 0 }, 'network', region);
    expect(pieces.map((p) => p.line)).toEqual(['M-1000 0L0 0']);
    expect(pieces[0]!.arrow).not.toBe('');
  });

  it('puts solid lines far apart in different cells and near ones in the same', () => {
    const cell = (sx: number) => closeUpSegments('e', { sx, sy: 0, tx: sx + 100, ty: 0 }, 'network', region)[0]!.cell;
    expect(cell(0)).toBe(cell(200));
    expect(cell(0)).not.toBe(cell(2500));
  });

  it('gives each dashed piece a group of its own, named by its edge and its place along it, so the clip moving keeps the name', () => {
    const cells = closeUpSegments('e', { sx: 0, sy: 0, tx: 2900, ty: 0 }, 'logging', region).map((p) => p.cell);
    expect(new Set(cells).size).toBe(cells.length);
    const moved = closeUpSegments('e', { sx: 0, sy: 0, tx: 2900, ty: 0 }, 'logging', { ...region, x: 1000 }).map((p) => p.cell);
    expect(moved[0]).toBe(cells[cells.length - moved.length]);
    expect(closeUpSegments('f', { sx: 0, sy: 0, tx: 100, ty: 0 }, 'logging', region)[0]!.cell).not.toBe(cells[0]);
  });

  it('draws nothing of a line outside the region, or of no length', () => {
    expect(closeUpSegments('e', { sx: 5000, sy: 0, tx: 6000, ty: 0 }, 'network', region)).toEqual([]);
    expect(closeUpSegments('e', { sx: 10, sy: 10, tx: 10, ty: 10 }, 'network', region)).toEqual([]);
  });

  it('draws the whole line before the region is known', () => {
    expect(closeUpSegments('e', { sx: -5000, sy: 0, tx: 0, ty: 0 }, 'network', undefined).map((p) => p.line)).toEqual(['M-5000 0L0 0']);
  });
});
