/**
 * Moves a large diagram to its laid-out places a little at a time, so each
 * frame's share of the work stays small. What a frame costs, beyond the
 * fixed cost of any update (see MAX_FRAMES), is what moves on screen: a node,
 * everything inside a container whose place changed (React Flow positions
 * children relative to their parent, so they all move and re-render), and
 * the edges at both. A fixed count of nodes per frame made the slice holding
 * the Internet node and the regional services (hundreds of edges) or a VPC
 * (all its subnets and resources) a task of most of a second. So each node
 * is weighed by what its move re-renders, and each frame takes as much weight
 * as the frames before showed fits its budget: less when the last frame ran
 * long (a slow or busy machine), more when it was quick. The laid-out node
 * objects themselves are applied, so once the last slice is in, `to` holds
 * exactly the objects already on screen and setting it re-renders nothing.
 * A slice goes every other frame. The frame between is a rest: on a 2-core
 * machine painting in software, the raster of a slice's frame (the whole
 * view, the overview's edges span it) ran on the second core while the next
 * slice wanted the main thread, and the main thread lost the CPU half the
 * time (tasks of 25 ms of CPU lasting 60-90). With the rest, in interleaved
 * layouts of the 1,000-node design (13 before, 14 after), tasks over 50 ms
 * fell from 50 to 26 in all, and the median of each layout's longest from
 * 84 to 71 ms. The slices take 48 more frames, some 0.8 s at 60 Hz.
 */
import type { Diagram, DiagramNode } from '../../src/model/types';

/** A frame's length (ms) the slices aim at: well under the 50 ms of a long task, leaving room for React Flow and paint. */
export const FRAME_BUDGET_MS = 20;
/** Weight of the first slice, before any frame has been timed: a few dozen nodes. */
const FIRST_WEIGHT = 48;
/**
 * Never fewer than this many frames' worth a frame: every update also costs
 * React Flow a pass over all its nodes and edges and the browser a paint of
 * the canvas, whatever moved, so on a slow or busy machine ever smaller
 * slices would only add frames of that fixed cost and leave the diagram
 * half-placed for seconds.
 */
export const MAX_FRAMES = 48;
const MIN_WEIGHT = 32;
const MAX_WEIGHT = 600;
/** An edge's path is redrawn when an end moves: it costs about half a node. */
const EDGE_WEIGHT = 0.5;

/**
 * Calls `apply` with successive intermediate diagrams (one per animation
 * frame), then `done`. `apply` returns false to stop (the diagram changed
 * under the layout). Returns a function that stops it.
 */
export function applyInChunks(from: Diagram, to: Diagram, apply: (next: Diagram) => boolean, done: () => void): () => void {
  const changed = orderOfMoves(from, to);
  const weight = moveWeights(from, to);
  let current = from;
  let index = 0;
  let frame = 0;
  let stopped = false;
  let total = 0;
  for (const w of weight.values()) total += w;
  const floor = Math.max(MIN_WEIGHT, total / MAX_FRAMES);
  let budget = Math.max(FIRST_WEIGHT, floor);
  let applied = 0;
  // The frame after a slice's: it times that frame (its render, paint and whatever else ran), then rests.
  const rest = (now: number) => {
    if (stopped) return;
    budget = adapt(budget, now - applied, floor);
    frame = requestAnimationFrame(step);
  };
  const step = (now: number) => {
    if (stopped) return;
    if (index >= changed.length) {
      done();
      return;
    }
    const slice = new Map<string, DiagramNode>();
    let taken = 0;
    // At least one node, however heavy: a container on its own is the smallest step there is.
    while (index < changed.length && (slice.size === 0 || taken + weight.get(changed[index]!.id)! <= budget)) {
      const n = changed[index++]!;
      slice.set(n.id, n);
      taken += weight.get(n.id)!;
    }
    const nodes = current.nodes.map((n) => slice.get(n.id) ?? n);
    current = { ...current, nodes };
    if (!apply(current)) return;
    applied = now;
    frame = requestAnimationFrame(rest);
  };
  frame = requestAnimationFrame(step);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
  };
}

/** The next slice's weight after a frame of `ms`: scaled toward the budget, by at most half or double a step, never under `floor`. */
export function adapt(weight: number, ms: number, floor = MIN_WEIGHT): number {
  const ratio = ms <= 0 ? 2 : Math.min(2, Math.max(0.5, FRAME_BUDGET_MS / ms));
  return Math.min(Math.max(MAX_WEIGHT, floor), Math.max(floor, weight * ratio));
}

/**
 * The nodes the layout changed, in the order they are applied: one
 * top-level tree (a VPC and all inside it) after another, and within a
 * tree containers first and siblings together (the provisional places of
 * those not yet moved stay put).
 */
export function orderOfMoves(from: Diagram, to: Diagram): DiagramNode[] {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const byId = new Map(to.nodes.map((n) => [n.id, n]));
  const key = new Map(to.nodes.map((n) => [n.id, sortKey(n, byId)]));
  return to.nodes.filter((n) => before.get(n.id) !== n).sort((a, b) => compare(key.get(a.id)!, key.get(b.id)!));
}

/**
 * What applying each changed node re-renders: itself and its edges, plus,
 * when its place changes, everything inside it and their edges.
 */
export function moveWeights(from: Diagram, to: Diagram): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of to.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const kids = new Map<string, DiagramNode[]>();
  for (const n of to.nodes) if (n.parent !== undefined) kids.set(n.parent, [...(kids.get(n.parent) ?? []), n]);
  const subtree = new Map<string, number>();
  const inside = (id: string, depth: number): number => {
    const known = subtree.get(id);
    if (known !== undefined) return known;
    let w = 0;
    // Nesting is a few levels deep (VPC > subnet > resource); the bound only guards against a cycle in a bad file.
    if (depth < 16) for (const k of kids.get(id) ?? []) w += 1 + EDGE_WEIGHT * (degree.get(k.id) ?? 0) + inside(k.id, depth + 1);
    subtree.set(id, w);
    return w;
  };
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (const n of to.nodes) {
    const was = before.get(n.id);
    if (was === n) continue;
    const moved = was === undefined || was.position?.x !== n.position?.x || was.position?.y !== n.position?.y;
    out.set(n.id, 1 + EDGE_WEIGHT * (degree.get(n.id) ?? 0) + (moved ? inside(n.id, 0) : 0));
  }
  return out;
}

/** [top-level ancestor, depth, parent]: a tree's nodes together, outer before inner. */
function sortKey(node: DiagramNode, byId: ReadonlyMap<string, DiagramNode>): readonly [string, number, string] {
  let root = node;
  let depth = 0;
  while (root.parent !== undefined && depth < 8) {
    const up = byId.get(root.parent);
    if (up === undefined) break;
    root = up;
    depth++;
  }
  return [root.id, depth, node.parent ?? ''];
}

function compare(a: readonly [string, number, string], b: readonly [string, number, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] - b[1];
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}
