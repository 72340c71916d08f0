/**
 * Edits that change the diagram's structure: adding typed nodes, moving and
 * re-parenting, connecting, duplicating and pasting. Pure, like every edit;
 * the editor's store runs them through undo.
 */
import { edgeAllowed } from '../catalog/edgeCatalog';
import type { EdgeKind, NodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import { absolutePosition, lookupOf } from './geometry';
import { freshId } from './edits';
import { withDescendants } from './withDescendants';
import type { Diagram, DiagramEdge, DiagramNode, Point, PropValue, Size } from './types';

/** Can a node of `type` sit in `parent` (undefined: top level)? */
export function parentAllowed(type: NodeType, parent: DiagramNode | undefined): boolean {
  const allowed = NODE_CATALOG[type].parents as readonly (NodeType | null)[];
  return allowed.includes(parent === undefined ? null : parent.type);
}

/** Parents come before their children, as React Flow and readers expect. */
export function sortParentsFirst(nodes: readonly DiagramNode[]): DiagramNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = (n: DiagramNode): number => {
    let d = 0;
    let p = n.parent === undefined ? undefined : byId.get(n.parent);
    while (p !== undefined && d < 8) {
      d++;
      p = p.parent === undefined ? undefined : byId.get(p.parent);
    }
    return d;
  };
  return nodes
    .map((n, i) => ({ n, i, d: depth(n) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.n);
}

export interface NewNode {
  readonly type: NodeType;
  /** Relative to the parent. */
  readonly position: Point;
  readonly parent?: string;
  readonly label?: string;
  readonly size?: Size;
  readonly props?: Readonly<Record<string, PropValue>>;
}

/** Adds a node with a fresh id derived from its type; returns the diagram and the id. */
export function addTypedNode(diagram: Diagram, spec: NewNode): { diagram: Diagram; id: string } {
  const id = freshId(diagram, spec.type);
  const node: DiagramNode = {
    id,
    type: spec.type,
    label: spec.label ?? NODE_CATALOG[spec.type].displayName,
    ...(spec.parent === undefined ? {} : { parent: spec.parent }),
    position: { x: Math.round(spec.position.x), y: Math.round(spec.position.y) },
    ...(spec.size === undefined ? {} : { size: spec.size }),
    ...(spec.props === undefined ? {} : { props: spec.props }),
  };
  return { diagram: { ...diagram, nodes: sortParentsFirst([...diagram.nodes, node]) }, id };
}

/** New relative positions for several nodes (a drag, a nudge); ids not in the map are untouched. */
export function moveNodes(diagram: Diagram, positions: ReadonlyMap<string, Point>): Diagram {
  if (positions.size === 0) return diagram;
  let changed = false;
  const nodes = diagram.nodes.map((n) => {
    const p = positions.get(n.id);
    if (p === undefined || (n.position !== undefined && n.position.x === p.x && n.position.y === p.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...diagram, nodes } : diagram;
}

/**
 * Moves a node into another container (or to top level), keeping it where it
 * is on screen. Returns undefined when the catalog forbids that parent or the
 * move would put a container inside itself.
 */
export function reparentNode(diagram: Diagram, id: string, newParent: string | undefined): Diagram | undefined {
  const lookup = lookupOf(diagram);
  const node = lookup(id);
  if (node === undefined) return undefined;
  if (node.parent === newParent) return diagram;
  const parent = newParent === undefined ? undefined : lookup(newParent);
  if (newParent !== undefined && parent === undefined) return undefined;
  if (!parentAllowed(node.type, parent)) return undefined;
  for (let p = parent; p !== undefined; p = p.parent === undefined ? undefined : lookup(p.parent)) {
    if (p.id === id) return undefined;
  }
  const abs = absolutePosition(node, lookup);
  const origin = parent === undefined ? { x: 0, y: 0 } : absolutePosition(parent, lookup);
  const moved: DiagramNode = {
    ...withoutParent(node),
    ...(newParent === undefined ? {} : { parent: newParent }),
    position: { x: Math.round(abs.x - origin.x), y: Math.round(abs.y - origin.y) },
  };
  return { ...diagram, nodes: sortParentsFirst(diagram.nodes.map((n) => (n.id === id ? moved : n))) };
}

function withoutParent(node: DiagramNode): DiagramNode {
  const { parent: _parent, ...rest } = node;
  return rest;
}

/** Adds an edge of `kind` if the catalog allows it between the two nodes. */
export function connect(diagram: Diagram, source: string, target: string, kind: EdgeKind, props?: Readonly<Record<string, PropValue>>): { diagram: Diagram; id: string } | undefined {
  const lookup = lookupOf(diagram);
  const s = lookup(source);
  const t = lookup(target);
  if (s === undefined || t === undefined || source === target || !edgeAllowed(kind, s.type, t.type)) return undefined;
  const id = freshId(diagram, `${source}-to-${target}`);
  const edge: DiagramEdge = { id, kind, source, target, ...(props === undefined ? {} : { props }) };
  return { diagram: { ...diagram, edges: [...diagram.edges, edge] }, id };
}

/** A self-contained piece of a diagram (what copy puts on the clipboard). */
export interface Fragment {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** For nodes lifted out of a container that was not copied: that container's id. */
  readonly anchors?: Readonly<Record<string, string>>;
}

/**
 * The selected nodes with their descendants, and the edges whose both ends
 * are in it. Nodes whose parent is not copied become top level at their
 * absolute position (so the fragment stands alone) and remember that parent
 * as an anchor, so a pasted subnet can go back into its VPC.
 */
export function extractFragment(diagram: Diagram, ids: Iterable<string>): Fragment {
  const lookup = lookupOf(diagram);
  const chosen = withDescendants(diagram, ids);
  const anchors: Record<string, string> = {};
  const nodes = diagram.nodes
    .filter((n) => chosen.has(n.id))
    .map((n) => {
      if (n.parent === undefined || chosen.has(n.parent)) return n;
      anchors[n.id] = n.parent;
      return { ...withoutParent(n), position: absolutePosition(n, lookup) };
    });
  const edges = diagram.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return Object.keys(anchors).length > 0 ? { nodes, edges, anchors } : { nodes, edges };
}

/**
 * Inserts a fragment with fresh ids, shifted by `offset`. Each top-level
 * fragment node goes into `into` when the catalog allows it there, else back
 * into its anchor container if that exists here, else to top level; a node
 * that can sit nowhere (a subnet with no VPC to go in) is left out, with its
 * contents and edges. Returns the ids of the inserted roots and edges.
 */
export function insertFragment(diagram: Diagram, fragment: Fragment, offset: Point, into?: string): { diagram: Diagram; ids: string[] } {
  const lookup = lookupOf(diagram);
  let working: Diagram = diagram;
  const rename = new Map<string, string>();
  const ordered = sortParentsFirst(fragment.nodes);
  for (const n of ordered) {
    const id = freshId(working, n.id);
    rename.set(n.id, id);
    // Reserve the id so the next freshId sees it.
    working = { ...working, nodes: [...working.nodes, { id, type: n.type }] };
  }
  const placed = new Map<string, DiagramNode>();
  const roots: string[] = [];
  for (const n of ordered) {
    const id = rename.get(n.id)!;
    if (n.parent !== undefined && rename.has(n.parent)) {
      const parent = placed.get(rename.get(n.parent)!);
      // Its container was left out, so it goes too.
      if (parent === undefined) continue;
      placed.set(id, { ...n, id, parent: parent.id });
      continue;
    }
    const home = pickHome(n, lookup, into, fragment.anchors?.[n.id]);
    if (home === null) continue;
    const origin = home === undefined ? { x: 0, y: 0 } : absolutePosition(home, lookup);
    const base = n.position ?? { x: 0, y: 0 };
    placed.set(id, {
      ...withoutParent(n),
      id,
      ...(home === undefined ? {} : { parent: home.id }),
      position: { x: Math.round(base.x + offset.x - origin.x), y: Math.round(base.y + offset.y - origin.y) },
    });
    roots.push(id);
  }
  let next: Diagram = { ...diagram, nodes: sortParentsFirst([...diagram.nodes, ...placed.values()]) };
  const edgeIds: string[] = [];
  for (const e of fragment.edges) {
    const source = rename.get(e.source);
    const target = rename.get(e.target);
    if (source === undefined || target === undefined || !placed.has(source) || !placed.has(target)) continue;
    const id = freshId(next, e.id);
    next = { ...next, edges: [...next.edges, { ...e, id, source, target }] };
    edgeIds.push(id);
  }
  return { diagram: next, ids: [...roots, ...edgeIds] };
}

/** Where a pasted root goes: a container, top level (undefined), or nowhere (null). */
function pickHome(node: DiagramNode, lookup: (id: string) => DiagramNode | undefined, into: string | undefined, anchor: string | undefined): DiagramNode | undefined | null {
  const target = into === undefined ? undefined : lookup(into);
  if (target !== undefined && parentAllowed(node.type, target)) return target;
  const home = anchor === undefined ? undefined : lookup(anchor);
  if (home !== undefined && parentAllowed(node.type, home)) return home;
  return parentAllowed(node.type, undefined) ? undefined : null;
}
