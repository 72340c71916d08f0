/**
 * What a layout changes, and all the worker sends back: each node's position
 * and size (LayoutResult's contract: everything else is unchanged). The
 * whole laid-out diagram, props and all, was a structured clone of some
 * megabytes that the main thread decoded on arrival (a 28 ms task at 1,000
 * nodes, traced) only for settle to keep its positions, and the garbage it
 * left set off a major collection in the first slices of the move.
 */
import type { Diagram, DiagramNode } from '../../src/model/types';

export interface Placement {
  readonly id: string;
  readonly position?: DiagramNode['position'];
  readonly size?: DiagramNode['size'];
}

/** The positions and sizes of a laid-out diagram (in the worker). */
export function placementsOf(diagram: Diagram): Placement[] {
  const out: Placement[] = [];
  for (const n of diagram.nodes) {
    if (n.position === undefined && n.size === undefined) continue;
    out.push({ id: n.id, ...(n.position === undefined ? {} : { position: n.position }), ...(n.size === undefined ? {} : { size: n.size }) });
  }
  return out;
}

/**
 * The laid-out diagram, rebuilt on the one the layout was asked for (on the
 * main thread): a node the placements do not change stays the same object,
 * and `diagram` itself comes back when none changes.
 */
export function withPlacements(diagram: Diagram, placements: readonly Placement[]): Diagram {
  const byId = new Map(placements.map((p) => [p.id, p]));
  let changed = false;
  const nodes = diagram.nodes.map((n) => {
    const p = byId.get(n.id);
    if (p === undefined) return n;
    const position = p.position ?? n.position;
    const size = p.size ?? n.size;
    if (samePoint(position, n.position) && sameSize(size, n.size)) return n;
    changed = true;
    return { ...n, ...(position === undefined ? {} : { position }), ...(size === undefined ? {} : { size }) };
  });
  return changed ? { ...diagram, nodes } : diagram;
}

function samePoint(a: DiagramNode['position'], b: DiagramNode['position']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);
}

function sameSize(a: DiagramNode['size'], b: DiagramNode['size']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.width === b.width && a.height === b.height);
}
