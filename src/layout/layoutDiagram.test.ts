import { describe, expect, it, vi } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, DiagramNode } from '../model/types';
import { layoutContainer, layoutDiagram } from './layoutDiagram';
import type { ElkLike } from './elkRunner';
import { checkLayout } from './testing/checkLayout';
import { fixture, withoutPlaces } from './testing/fixtures';
import { generateDiagram } from './testing/generateDiagram';

/** Everything but positions and sizes, to show the layout changed nothing else. */
function shape(d: Diagram): unknown {
  return { ...d, nodes: d.nodes.map(({ position: _p, size: _s, ...rest }: DiagramNode) => rest) };
}

const SLOW = 120_000;

describe('layoutDiagram with ELK', () => {
  it('places the 25-node fixture: nested, disjoint, Internet left, regional services right', async () => {
    const input = withoutPlaces(fixture(25));
    const r = await layoutDiagram(input);
    expect(r.method).toBe('elk');
    expect(r.notice).toBeUndefined();
    expect(checkLayout(r.diagram)).toEqual([]);
    expect(shape(r.diagram)).toEqual(shape(input));
  }, SLOW);

  it('is deterministic: the same diagram gives the same layout, positioned or not', async () => {
    const a = await layoutDiagram(fixture(25));
    const b = await layoutDiagram(withoutPlaces(fixture(25)));
    expect(b.diagram).toEqual(a.diagram);
    const g = generateDiagram({ seed: 7, nodes: 40 });
    expect((await layoutDiagram(g)).diagram).toEqual((await layoutDiagram(g)).diagram);
  }, SLOW);

  it('places the 100-node fixture with no overlaps', async () => {
    const r = await layoutDiagram(fixture(100));
    expect(r.method).toBe('elk');
    expect(checkLayout(r.diagram)).toEqual([]);
    expect(shape(r.diagram)).toEqual(shape(fixture(100)));
  }, SLOW);

  it('places generated position-less diagrams', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const d = generateDiagram({ seed, nodes: 20 + seed * 12 });
      const r = await layoutDiagram(d);
      expect(r.method, `seed ${seed}`).toBe('elk');
      expect(checkLayout(r.diagram), `seed ${seed}`).toEqual([]);
    }
  }, SLOW);

  it('keeps empty containers at their size and writes integer positions', async () => {
    const d: Diagram = {
      format: 'ramparts-diagram',
      version: 1,
      nodes: [
        { id: 'net', type: 'internet' },
        { id: 'vpc', type: 'vpc', size: { width: 333, height: 222 } },
        { id: 'empty', type: 'subnet', parent: 'vpc', size: { width: 250, height: 170 } },
        { id: 'bucket', type: 's3-bucket' },
      ],
      edges: [],
    };
    const r = await layoutDiagram(d);
    const byId = new Map(r.diagram.nodes.map((n) => [n.id, n]));
    expect(byId.get('empty')!.size).toEqual({ width: 250, height: 170 });
    expect(checkLayout(r.diagram)).toEqual([]);
    for (const n of r.diagram.nodes) expect(Number.isInteger(n.position!.x) && Number.isInteger(n.position!.y)).toBe(true);
  }, SLOW);
});

describe('layoutDiagram fallbacks', () => {
  it('uses the grid past 1,000 nodes, and says so', async () => {
    const r = await layoutDiagram(fixture(5000));
    expect(r.method).toBe('grid');
    expect(r.fallback).toBe('size');
    expect(r.notice).toMatch(/5,000 nodes.*past 1,000/);
    expect(checkLayout(r.diagram)).toEqual([]);
  });

  it('counts only what moves, and takes another limit', async () => {
    const r = await layoutDiagram(generateDiagram({ seed: 3, nodes: 60 }), { maxElkNodes: 10 });
    expect(r.method).toBe('grid');
    expect(r.notice).toMatch(/past 10 /);
  });

  it('falls back to the grid when a worker-based ELK misses the deadline, and stops the worker it owns', async () => {
    const terminateWorker = vi.fn();
    const stuck = (): ElkLike => ({ layout: () => new Promise<ElkNode>(() => undefined), terminateWorker });
    const d = generateDiagram({ seed: 5, nodes: 30 });
    const r = await layoutDiagram(d, { elk: stuck, timeoutMs: 20 });
    expect(r.method).toBe('grid');
    expect(r.fallback).toBe('timeout');
    expect(r.notice).toMatch(/longer than 0\.02 s/);
    expect(terminateWorker).toHaveBeenCalledTimes(1);
    expect(checkLayout(r.diagram)).toEqual([]);

    // A shared instance is the caller's to stop.
    const shared = stuck();
    const again = await layoutDiagram(d, { elk: shared, timeoutMs: 10 });
    expect(again.fallback).toBe('timeout');
    expect(terminateWorker).toHaveBeenCalledTimes(1);
  });

  it('keeps the answer of a same-thread ELK that blocked past the deadline', async () => {
    const real = new ELK();
    const blocking: ElkLike = {
      layout: (graph) => {
        const done = real.layout(graph);
        const until = performance.now() + 60;
        while (performance.now() < until) {
          // ELK computing in this thread: no timer can fire meanwhile
        }
        return done;
      },
    };
    const r = await layoutDiagram(fixture(25), { elk: blocking, timeoutMs: 5 });
    expect(r.method).toBe('elk');
  }, SLOW);

  it('falls back to the grid when ELK fails, with a short reason', async () => {
    const failing: ElkLike = { layout: () => Promise.reject(new Error(`org.eclipse.elk.core.UnsupportedGraphException: ${'x'.repeat(500)}`)) };
    const r = await layoutDiagram(generateDiagram({ seed: 6, nodes: 30 }), { elk: failing });
    expect(r.fallback).toBe('error');
    expect(r.notice!.length).toBeLessThan(300);
    expect(r.notice).not.toMatch(/org\.eclipse/);
  });

  it('runs an injected ELK (as the app hands in a worker-based one)', async () => {
    const elk = new ELK();
    const spy = vi.spyOn(elk, 'layout');
    const r = await layoutDiagram(fixture(25), { elk: () => elk });
    expect(r.method).toBe('elk');
    expect(spy).toHaveBeenCalledTimes(1);
  }, SLOW);

  it('leaves an empty diagram alone', async () => {
    const empty: Diagram = { format: 'ramparts-diagram', version: 1, nodes: [], edges: [] };
    expect(await layoutDiagram(empty)).toEqual({ diagram: empty, method: 'none' });
  });
});

describe('layoutContainer', () => {
  it('lays out one VPC and leaves the rest in place', async () => {
    const input = fixture(25);
    const r = await layoutContainer(input, 'vpc1');
    expect(r.method).toBe('elk');
    const before = new Map(input.nodes.map((n) => [n.id, n]));
    for (const n of r.diagram.nodes) {
      if (n.id === 'vpc1' || n.parent === undefined) expect(n.position, n.id).toEqual(before.get(n.id)!.position);
    }
    // Inside the VPC, everything fits and nothing overlaps.
    // (The fixture's own top-level places overlap the VPC; those are not this layout's.)
    const topLevel = new Set(input.nodes.filter((n) => n.parent === undefined).map((n) => n.id));
    const inside = checkLayout(r.diagram, { skipSides: true }).filter((p) => {
      const [a, , b] = p.split(' ');
      return !(p.endsWith(' overlap') && topLevel.has(a!) && topLevel.has(b!));
    });
    expect(inside).toEqual([]);
  }, SLOW);

  it('does nothing for a resource, an unknown id or an empty container', async () => {
    const d = fixture(25);
    expect((await layoutContainer(d, 'internet')).method).toBe('none');
    expect((await layoutContainer(d, 'nope')).diagram).toBe(d);
  });
});
