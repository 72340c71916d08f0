import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode } from '../model/types';
import { layoutDiagram, layoutMissing } from './layoutDiagram';
import { checkLayout } from './testing/checkLayout';
import { fixture, withoutPlaces } from './testing/fixtures';

const SLOW = 120_000;

function strip(d: Diagram, ids: (n: DiagramNode) => boolean): Diagram {
  return { ...d, nodes: d.nodes.map((n) => (ids(n) ? (({ position: _p, ...rest }) => rest)(n) : n)) };
}

describe('layoutMissing (the rule on load)', () => {
  it('leaves a fully placed diagram alone', async () => {
    const d = fixture(100);
    const r = await layoutMissing(d);
    expect(r.method).toBe('none');
    expect(r.diagram).toBe(d);
  });

  it("lays out only the children of a container that has a child without a position", async () => {
    const d = fixture(100);
    const subnet = 'v1s2';
    const input = strip(d, (n) => n.parent === subnet && n.type === 'rds');
    const r = await layoutMissing(input);
    expect(r.method).toBe('elk');
    const before = new Map(d.nodes.map((n) => [n.id, n]));
    for (const n of r.diagram.nodes) {
      const old = before.get(n.id)!;
      if (n.parent === subnet) {
        expect(n.position, n.id).toBeDefined();
        continue;
      }
      expect(n.position, n.id).toEqual(old.position);
      // Containers only ever grow to fit what moved inside them.
      if (n.size !== undefined && old.size !== undefined) {
        expect(n.size.width).toBeGreaterThanOrEqual(old.size.width);
        expect(n.size.height).toBeGreaterThanOrEqual(old.size.height);
      }
    }
    // Inside the subnet all is in order (the fixture's own VPC padding is tighter than ours).
    const moved = new Set(input.nodes.filter((n) => n.parent === subnet).map((n) => n.id));
    const problems = checkLayout(r.diagram, { skipSides: true }).filter((p) => p.split(' ').some((w) => moved.has(w)));
    expect(problems).toEqual([]);
  }, SLOW);

  it('places top-level newcomers around the rest: Internet left, regional services right, others below', async () => {
    const placed = (await layoutDiagram(fixture(25))).diagram;
    const input = strip(placed, (n) => n.id === 'internet' || n.id === 'v1logs');
    const r = await layoutMissing(input);
    const byId = new Map(r.diagram.nodes.map((n) => [n.id, n]));
    const vpc = byId.get('vpc1')!;
    expect(byId.get('internet')!.position!.x + 120).toBeLessThan(vpc.position!.x);
    expect(byId.get('v1logs')!.position!.x).toBeGreaterThanOrEqual(vpc.position!.x + vpc.size!.width);
    expect(checkLayout(r.diagram)).toEqual([]);
    for (const n of r.diagram.nodes) {
      if (n.id !== 'internet' && n.id !== 'v1logs') expect(n.position, n.id).toEqual(placed.nodes.find((m) => m.id === n.id)!.position);
    }
  }, SLOW);

  it('lays out everything when nothing has a position, as layoutDiagram does', async () => {
    const input = withoutPlaces(fixture(25));
    const missing = await layoutMissing(input);
    expect(missing.diagram).toEqual((await layoutDiagram(input)).diagram);
    expect(checkLayout(missing.diagram)).toEqual([]);
  }, SLOW);

  it('uses the grid inside the open containers past the node limit', async () => {
    const d = fixture(5000);
    const open = new Set(d.nodes.filter((n) => n.type === 'subnet').map((n) => n.id));
    const r = await layoutMissing(strip(d, (n) => n.parent !== undefined && open.has(n.parent)), { maxElkNodes: 1000 });
    expect(r.method).toBe('grid');
    expect(r.notice).toMatch(/past 1,000/);
    // Inside the open subnets all is in order (the fixture's own VPC padding is tighter than ours).
    const problems = checkLayout(r.diagram, { skipSides: true });
    const inOpen = new Set(d.nodes.filter((n) => n.parent !== undefined && open.has(n.parent)).map((n) => n.id));
    expect(problems.filter((p) => p.split(' ').some((w) => inOpen.has(w)))).toEqual([]);
    const before = new Map(d.nodes.map((n) => [n.id, n.position]));
    for (const n of r.diagram.nodes) if (!inOpen.has(n.id)) expect(n.position).toEqual(before.get(n.id));
  }, SLOW);
});
