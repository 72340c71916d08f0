import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/model/geometry';
import { MAX_PIXELS, panAreaAround, panAreaCovers, panAreaPieces, type PaneView } from './panArea';

// React Flow's transform: the diagram point (100, 50) is at the pane's top-left corner, at 50%.
// The view shows x 100..1700, y 50..1250 of the diagram.
const view: PaneView = { x: -50, y: -25, zoom: 0.5, width: 800, height: 600 };

const areaOf = (r: Rect) => r.width * r.height;

describe('panAreaAround', () => {
  it('is the view and a quarter of a view on each side, in diagram units, drawn at the zoom times the pixel ratio', () => {
    expect(panAreaAround(view, 1)).toEqual({ x: -300, y: -250, width: 2400, height: 1800, zoom: 0.5, scale: 0.5 });
    expect(panAreaAround(view, 2).scale).toBe(1);
  });

  it('draws a lower resolution rather than a bitmap over MAX_PIXELS', () => {
    const big = panAreaAround({ ...view, width: 3000, height: 2000 }, 3);
    expect(big.width * big.scale * big.height * big.scale).toBeCloseTo(MAX_PIXELS, -2);
    expect(big.scale).toBeLessThan(0.5 * 3);
  });
});

describe('panAreaCovers', () => {
  const area = panAreaAround(view, 1);

  it('holds the view it was made for, and views moved less than a quarter of a view', () => {
    expect(panAreaCovers(area, view)).toBe(true);
    expect(panAreaCovers(area, { ...view, x: view.x + 200, y: view.y - 150 })).toBe(true);
  });

  it('does not hold a view that has moved past its margin on any side', () => {
    expect(panAreaCovers(area, { ...view, x: view.x + 201 })).toBe(false);
    expect(panAreaCovers(area, { ...view, x: view.x - 201 })).toBe(false);
    expect(panAreaCovers(area, { ...view, y: view.y + 151 })).toBe(false);
    expect(panAreaCovers(area, { ...view, y: view.y - 151 })).toBe(false);
  });

  it('does not hold the same place at another zoom (the lines would be drawn at the wrong width)', () => {
    expect(panAreaCovers(area, { ...view, zoom: 0.6 })).toBe(false);
  });

  it('does not hold a larger pane', () => {
    expect(panAreaCovers(area, { ...view, width: 1300 })).toBe(false);
  });
});

describe('panAreaPieces', () => {
  const area = panAreaAround(view, 1);

  it('draws what is in view first, then covers the rest of the area once', () => {
    const pieces = panAreaPieces(area, view);
    expect(pieces[0]).toEqual({ x: 100, y: 50, width: 1600, height: 1200 });
    expect(pieces).toHaveLength(5);
    expect(pieces.reduce((sum, p) => sum + areaOf(p), 0)).toBeCloseTo(areaOf(area));
    for (const [i, a] of pieces.entries()) {
      for (const b of pieces.slice(i + 1)) {
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        expect(overlapX <= 0 || overlapY <= 0, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  it('keeps to the area when the view has moved to its edge, leaving out empty pieces', () => {
    const moved: PaneView = { ...view, x: view.x - 200, y: view.y - 150 };
    const pieces = panAreaPieces(area, moved);
    expect(pieces[0]).toEqual({ x: 500, y: 350, width: 1600, height: 1200 });
    // The band above and the part to the left.
    expect(pieces).toHaveLength(3);
    expect(pieces.reduce((sum, p) => sum + areaOf(p), 0)).toBeCloseTo(areaOf(area));
  });
});
