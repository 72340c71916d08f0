import { describe, expect, it } from 'vitest';
import { gridLayout } from './gridLayout';
import { checkLayout } from './testing/checkLayout';
import { fixture, withoutPlaces } from './testing/fixtures';
import { generateDiagram } from './testing/generateDiagram';

describe('gridLayout (the fallback)', () => {
  it.each([25, 100, 1000, 5000] as const)('places the %i-node fixture: nested, disjoint, Internet left, regional services right', (n) => {
    const d = withoutPlaces(fixture(n));
    const out = gridLayout(d);
    expect(checkLayout(out)).toEqual([]);
    expect(out.nodes.map((x) => x.id)).toEqual(d.nodes.map((x) => x.id));
    expect(out.edges).toBe(d.edges);
  });

  it('is deterministic and ignores the places it is given', () => {
    const d = fixture(1000);
    const unplaced = { ...d, nodes: d.nodes.map(({ position: _p, ...rest }) => rest) };
    expect(gridLayout(d)).toEqual(gridLayout(unplaced));
    expect(gridLayout(withoutPlaces(d))).toEqual(gridLayout(withoutPlaces(d)));
  });

  it('places generated diagrams', () => {
    for (const seed of [11, 12, 13]) expect(checkLayout(gridLayout(generateDiagram({ seed, nodes: 300 }))), `seed ${seed}`).toEqual([]);
  });

  it('puts columns in reading order: gateways, public subnets, then private subnets', () => {
    const out = gridLayout(withoutPlaces(fixture(25)));
    const x = (id: string) => out.nodes.find((n) => n.id === id)!.position!.x;
    expect(x('igw1')).toBeLessThan(x('v1s0'));
    expect(x('v1s0')).toBeLessThan(x('v1s2'));
  });

  it('lays out 5,000 nodes fast', () => {
    const d = fixture(5000);
    const t0 = performance.now();
    gridLayout(d);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
