import { describe, expect, it } from 'vitest';
import { clipSegment } from './clipSegment';
import { dashCut, dashPieces, type DashPiece } from './dashPieces';

const whole = (sx: number, sy: number, tx: number, ty: number) => ({ sx, sy, tx, ty, offset: 0, endKept: true });
const len = (p: DashPiece) => Math.hypot(p.tx - p.sx, p.ty - p.sy);

describe('dashCut', () => {
  it('finds the period and the middle of the last gap', () => {
    expect(dashCut('6 4')).toEqual({ period: 10, at: 8 });
    expect(dashCut('8 3 2 3')).toEqual({ period: 16, at: 14.5 });
    expect(dashCut('2,4')).toEqual({ period: 6, at: 4 });
  });

  it('repeats an odd-length list, as SVG does', () => {
    expect(dashCut('5')).toEqual({ period: 10, at: 7.5 });
  });

  it('has no cut for a solid or unreadable dash', () => {
    expect(dashCut(undefined)).toBeUndefined();
    expect(dashCut('')).toBeUndefined();
    expect(dashCut('4 x')).toBeUndefined();
    expect(dashCut('4 0')).toBeUndefined();
  });
});

describe('dashPieces', () => {
  it('leaves a solid line whole, however long', () => {
    expect(dashPieces(whole(0, 0, 10000, 0), undefined, 500)).toEqual([{ sx: 0, sy: 0, tx: 10000, ty: 0, key: 0, offset: 0 }]);
  });

  it('leaves a short dashed line whole', () => {
    expect(dashPieces(whole(0, 0, 300, 400), '6 4', 500)).toHaveLength(1);
  });

  it('cuts a long dashed line into contiguous pieces, each in a gap of the pattern and with its own dash offset', () => {
    const line = { sx: 100, sy: 50, tx: 100 + 3000 * 0.6, ty: 50 + 3000 * 0.8, offset: 123, endKept: true };
    const pieces = dashPieces(line, '6 4', 500);
    expect(pieces.length).toBeGreaterThanOrEqual(6);
    expect(pieces[0]).toMatchObject({ sx: line.sx, sy: line.sy, offset: 123 });
    expect(pieces.at(-1)).toMatchObject({ tx: line.tx, ty: line.ty });
    let along = 123;
    pieces.forEach((p, i) => {
      expect(p.offset).toBeCloseTo(along, 6);
      if (i > 0) {
        expect(p.sx).toBeCloseTo(pieces[i - 1]!.tx, 6);
        expect(p.sy).toBeCloseTo(pieces[i - 1]!.ty, 6);
        // Cut 2 into the 4-long gap after each 6-long dash: nothing is drawn at the joint.
        expect(((p.offset % 10) + 10) % 10).toBeCloseTo(8, 6);
      }
      expect(len(p)).toBeLessThanOrEqual(500 + 1e-6);
      along += len(p);
    });
    expect(along - 123).toBeCloseTo(3000, 6);
  });

  it('keeps the pieces (and their keys) where they were when the clip region moves', () => {
    const full = { sx: 0, sy: 0, tx: 20000, ty: 5000 };
    const a = dashPieces(clipSegment(full, { x: 1000, y: 0, width: 6000, height: 5000 })!, '8 3 2 3', 512);
    const b = dashPieces(clipSegment(full, { x: 3000, y: 0, width: 6000, height: 5000 })!, '8 3 2 3', 512);
    const inner = (ps: readonly DashPiece[]) => new Map(ps.slice(1, -1).map((p) => [p.key, p]));
    const ia = inner(a);
    const shared = [...inner(b)].filter(([k]) => ia.has(k));
    expect(shared.length).toBeGreaterThan(3);
    for (const [k, p] of shared) {
      const q = ia.get(k)!;
      expect(p.sx).toBeCloseTo(q.sx, 6);
      expect(p.tx).toBeCloseTo(q.tx, 6);
      expect(p.offset).toBeCloseTo(q.offset, 6);
    }
  });
});
