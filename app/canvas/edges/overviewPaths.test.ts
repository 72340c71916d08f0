import { describe, expect, it } from 'vitest';
import { overviewPaths, segmentOf, type OverviewEdge } from './overviewPaths';

const edge = (id: string, kind: OverviewEdge['kind'] = 'network'): OverviewEdge => ({ id, kind, source: `${id}-s`, target: `${id}-t` });

describe('segmentOf', () => {
  it('draws the line and an arrowhead whose tip is the target end', () => {
    const s = segmentOf({ sx: 0, sy: 0, tx: 100, ty: 0 });
    expect(s.line).toBe('M0 0L100 0');
    expect(s.arrow).toBe('M100 0L90 4.5L90 -4.5Z');
  });

  it('leaves out the arrowhead of an edge shorter than it', () => {
    expect(segmentOf({ sx: 0, sy: 0, tx: 5, ty: 0 }).arrow).toBe('');
  });

  it('rounds to one decimal', () => {
    expect(segmentOf({ sx: 1.234, sy: 2.25, tx: 50.06, ty: 0 }).line).toBe('M1.2 2.3L50.1 0');
  });
});

describe('overviewPaths', () => {
  const ends: Record<string, { sx: number; sy: number; tx: number; ty: number }> = {
    a: { sx: 0, sy: 0, tx: 100, ty: 0 },
    b: { sx: 0, sy: 50, tx: 100, ty: 50 },
    far: { sx: 20000, sy: 0, tx: 20100, ty: 0 },
    c: { sx: 0, sy: 90, tx: 100, ty: 90 },
  };
  const seg = (e: OverviewEdge) => (ends[e.id] === undefined ? undefined : segmentOf(ends[e.id]!));

  it('puts edges of one kind, state and cell in one path', () => {
    const groups = overviewPaths([edge('a'), edge('b')], seg, () => false);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.lines).toBe('M0 0L100 0M0 50L100 50');
    expect(groups[0]!.arrows.match(/Z/g)).toHaveLength(2);
  });

  it('separates kinds, red (error) edges and distant cells, alerts drawn last', () => {
    const groups = overviewPaths([edge('a'), edge('b', 'assume'), edge('far'), edge('c')], seg, (id) => id === 'c');
    expect(groups.map((g) => [g.kind, g.alert])).toEqual([
      ['network', false],
      ['assume', false],
      ['network', false],
      ['network', true],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(4);
  });

  it('leaves out edges whose ends are unknown', () => {
    expect(overviewPaths([edge('nowhere')], seg, () => false)).toEqual([]);
  });

  it('reuses a group of the call before whose segments are the same, and joins again one whose segments changed', () => {
    const cached = new Map(Object.entries(ends).map(([id, e]) => [id, segmentOf(e)]));
    const segOf = (e: OverviewEdge) => cached.get(e.id);
    const edges = [edge('a'), edge('b'), edge('far')];
    const first = overviewPaths(edges, segOf, () => false);
    const same = overviewPaths(edges, segOf, () => false, first);
    expect(same[0]).toBe(first[0]);
    expect(same[1]).toBe(first[1]);
    // b moves: its group is drawn anew, the distant one is kept.
    cached.set('b', segmentOf({ sx: 0, sy: 60, tx: 100, ty: 60 }));
    const moved = overviewPaths(edges, segOf, () => false, same);
    expect(moved[0]).not.toBe(same[0]);
    expect(moved[0]!.lines).toBe('M0 0L100 0M0 60L100 60');
    expect(moved[1]).toBe(same[1]);
    // An edge turning red leaves its old group and joins a red one.
    const red = overviewPaths(edges, segOf, (id) => id === 'a', moved);
    expect(red.map((g) => [g.lines, g.alert])).toEqual([
      ['M0 60L100 60', false],
      ['M20000 0L20100 0', false],
      ['M0 0L100 0', true],
    ]);
  });
});
