/**
 * Moves a large diagram to its laid-out places a slice of nodes per frame.
 * Handing React Flow a thousand moved nodes at once re-renders every node
 * and edge in one task (over a second on the 1,000-node fixture); a slice
 * of CHUNK nodes keeps each frame's work small, and the diagram settles in a
 * few frames. The laid-out node objects themselves are applied, so once the
 * last slice is in, `to` holds exactly the objects already on screen and
 * setting it re-renders nothing.
 */
import type { Diagram, DiagramNode } from '../../src/model/types';

export const CHUNK = 60;

/**
 * Calls `apply` with successive intermediate diagrams (one per animation
 * frame), then `done`. `apply` returns false to stop (the diagram changed
 * under the layout). Returns a function that stops it.
 */
export function applyInChunks(from: Diagram, to: Diagram, apply: (next: Diagram) => boolean, done: () => void): () => void {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  // One top-level tree (a VPC and all inside it) after another: moving a
  // container moves everything in it, so spreading containers over many
  // slices would re-render the whole diagram in each. Within a tree,
  // containers first and siblings together (the provisional places of those
  // not yet moved stay put).
  const byId = new Map(to.nodes.map((n) => [n.id, n]));
  const key = new Map(to.nodes.map((n) => [n.id, sortKey(n, byId)]));
  const changed = to.nodes.filter((n) => before.get(n.id) !== n).sort((a, b) => compare(key.get(a.id)!, key.get(b.id)!));
  let current = from;
  let index = 0;
  let frame = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    if (index >= changed.length) {
      done();
      return;
    }
    const slice = new Map(changed.slice(index, index + CHUNK).map((n) => [n.id, n]));
    index += CHUNK;
    const nodes = current.nodes.map((n) => slice.get(n.id) ?? n);
    current = { ...current, nodes };
    if (!apply(current)) return;
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * The laid-out diagram rebuilt on the original node objects: only positions
 * and sizes are taken from the layout (which comes back from the worker as
 * a copy), so a node the layout did not move stays the very same object
 * (React Flow re-renders nothing for it) and no prop object changes
 * identity (nothing is re-validated).
 */
export function settle(from: Diagram, laidOut: Diagram): Diagram {
  const placed = new Map(laidOut.nodes.map((n) => [n.id, n]));
  let changed = false;
  const nodes = from.nodes.map((n) => {
    const p = placed.get(n.id);
    if (p === undefined || (samePoint(n.position, p.position) && sameSize(n.size, p.size))) return n;
    changed = true;
    return { ...n, ...(p.position !== undefined ? { position: p.position } : {}), ...(p.size !== undefined ? { size: p.size } : {}) };
  });
  return changed ? { ...from, nodes } : from;
}

function samePoint(a: DiagramNode['position'], b: DiagramNode['position']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);
}

function sameSize(a: DiagramNode['size'], b: DiagramNode['size']): boolean {
  return a === b || b === undefined || (a !== undefined && a.width === b.width && a.height === b.height);
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
