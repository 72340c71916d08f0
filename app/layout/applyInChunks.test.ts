import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagram, DiagramEdge, DiagramNode } from '../../src/model/types';
import { adapt, applyInChunks, FRAME_BUDGET_MS, MAX_FRAMES, moveWeights, orderOfMoves } from './applyInChunks';

function diagram(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[] = []): Diagram {
  return { format: 'ramparts-diagram', version: 1, title: 't', nodes, edges };
}

/** A VPC holding `n` instances, plus an Internet node joined to each of them; positions from `at`. */
function design(n: number, at: (i: number) => { x: number; y: number } | undefined): Diagram {
  const nodes: DiagramNode[] = [
    { id: 'internet', type: 'internet', ...(at(-2) ? { position: at(-2)! } : {}) },
    { id: 'vpc', type: 'vpc', ...(at(-1) ? { position: at(-1)! } : {}) },
  ];
  const edges: DiagramEdge[] = [];
  for (let i = 0; i < n; i++) {
    const p = at(i);
    nodes.push({ id: `ec2-${i}`, type: 'ec2-instance', parent: 'vpc', ...(p ? { position: p } : {}) });
    edges.push({ id: `e${i}`, kind: 'network', source: 'internet', target: `ec2-${i}` });
  }
  return diagram(nodes, edges);
}

describe('moveWeights', () => {
  it('weighs a moved container by everything inside it, a resized one by itself', () => {
    const from = design(10, () => undefined);
    const to = design(10, (i) => ({ x: i * 10, y: 0 }));
    const w = moveWeights(from, to);
    // An instance: itself and its one edge.
    expect(w.get('ec2-0')).toBe(1.5);
    // The Internet node: itself and its ten edges.
    expect(w.get('internet')).toBe(6);
    // The VPC moves all ten instances and their edges along.
    expect(w.get('vpc')).toBe(1 + 10 * 1.5);
    const resizedOnly = diagram(from.nodes.map((n) => (n.id === 'vpc' ? { ...n, size: { width: 900, height: 600 } } : n)), from.edges);
    expect(moveWeights(from, resizedOnly).get('vpc')).toBe(1);
  });

  it('leaves out nodes the layout did not change', () => {
    const to = design(3, (i) => ({ x: i, y: 0 }));
    expect(moveWeights(to, to).size).toBe(0);
  });
});

describe('orderOfMoves', () => {
  it('puts a container before what is inside it', () => {
    const from = design(3, () => undefined);
    const to = design(3, (i) => ({ x: i, y: 0 }));
    const ids = orderOfMoves(from, to).map((n) => n.id);
    expect(ids.indexOf('vpc')).toBeLessThan(ids.indexOf('ec2-0'));
    expect(new Set(ids).size).toBe(to.nodes.length);
  });
});

describe('adapt', () => {
  it('takes less after a long frame and more after a quick one, within bounds', () => {
    expect(adapt(100, FRAME_BUDGET_MS * 4)).toBe(50);
    expect(adapt(100, FRAME_BUDGET_MS / 4)).toBe(200);
    expect(adapt(100, FRAME_BUDGET_MS)).toBe(100);
    expect(adapt(32, 10_000)).toBe(32);
    expect(adapt(600, 1)).toBe(600);
    expect(adapt(100, 10_000, 80)).toBe(80);
  });
});

describe('applyInChunks', () => {
  let queue: ((t: number) => void)[] = [];
  const saved = { raf: globalThis.requestAnimationFrame, caf: globalThis.cancelAnimationFrame };
  beforeEach(() => {
    queue = [];
    globalThis.requestAnimationFrame = (cb) => queue.push(cb);
    globalThis.cancelAnimationFrame = () => {};
  });
  afterEach(() => {
    globalThis.requestAnimationFrame = saved.raf;
    globalThis.cancelAnimationFrame = saved.caf;
  });
  /** Runs frames `ms` apart until nothing is queued. */
  function run(ms: (frame: number) => number): void {
    let t = 1000;
    for (let f = 0; queue.length > 0 && f < 10_000; f++) {
      const cb = queue.shift()!;
      cb(t);
      t += ms(f);
    }
  }

  it('ends on exactly the laid-out objects, in slices no heavier than the budget allows', () => {
    const from = design(200, () => undefined);
    const to = design(200, (i) => ({ x: i * 10, y: 0 }));
    const slices: number[] = [];
    let applied = from;
    let finished = false;
    applyInChunks(
      from,
      to,
      (next) => {
        slices.push(next.nodes.filter((n, i) => n !== applied.nodes[i]).length);
        applied = next;
        return true;
      },
      () => (finished = true),
    );
    run(() => 16);
    expect(finished).toBe(true);
    expect(applied.nodes.every((n, i) => n === to.nodes[i])).toBe(true);
    // The VPC, which moves all 200 instances along, goes on its own.
    expect(slices).toContain(1);
    expect(slices.length).toBeGreaterThan(3);
  });

  it('takes smaller slices when frames run long', () => {
    const sizes = (ms: number) => {
      const from = design(400, () => undefined);
      const to = design(400, (i) => ({ x: i * 10, y: 0 }));
      const out: number[] = [];
      let applied = from;
      applyInChunks(from, to, (next) => {
        out.push(next.nodes.filter((n, i) => n !== applied.nodes[i]).length);
        applied = next;
        return true;
      }, () => {});
      run(() => ms);
      return out;
    };
    const quick = sizes(8);
    const slow = sizes(200);
    expect(Math.max(...slow.slice(3))).toBeLessThan(Math.max(...quick.slice(3)));
    expect(slow.length).toBeGreaterThan(quick.length);
  });

  it('rests a frame after each slice (its raster runs while the main thread is free)', () => {
    const from = design(200, () => undefined);
    const to = design(200, (i) => ({ x: i * 10, y: 0 }));
    const appliedAt: number[] = [];
    let frame = 0;
    applyInChunks(from, to, () => (appliedAt.push(frame), true), () => {});
    for (let t = 1000; queue.length > 0 && frame < 10_000; t += 16, frame++) queue.shift()!(t);
    expect(appliedAt.length).toBeGreaterThan(3);
    for (let i = 1; i < appliedAt.length; i++) expect(appliedAt[i]! - appliedAt[i - 1]!).toBe(2);
  });

  it('settles within a bounded number of frames however slow they are', () => {
    const from = design(1000, () => undefined);
    const to = design(1000, (i) => ({ x: i * 10, y: 0 }));
    let frames = 0;
    let finished = false;
    applyInChunks(from, to, () => (++frames, true), () => (finished = true));
    run(() => 500);
    expect(finished).toBe(true);
    // The VPC goes alone (it is heavier than a frame's floor); everything else in floor-sized slices.
    expect(frames).toBeLessThanOrEqual(MAX_FRAMES + 2);
  });

  it('stops when apply refuses, and when stopped', () => {
    const from = design(100, () => undefined);
    const to = design(100, (i) => ({ x: i, y: 0 }));
    let calls = 0;
    applyInChunks(from, to, () => ++calls < 2, () => {
      throw new Error('not done');
    });
    run(() => 16);
    expect(calls).toBe(2);
    calls = 0;
    const stop = applyInChunks(from, to, () => (++calls, true), () => {});
    stop();
    run(() => 16);
    expect(calls).toBe(0);
  });
});
