/**
 * The one place where the diagram meets React Flow. Diagram nodes and edges
 * become React Flow nodes and edges with the same ids; positions stay
 * relative to the parent (React Flow's `parentId` uses the same convention).
 * Objects are cached per diagram object and selection flag, so an edit that
 * touches one node hands React Flow one new object and the memoised node
 * components of the other 999 do not re-render. When no object changed at
 * all (a node's prop edited: the edges are untouched), the previous array
 * itself is returned: React Flow rebuilds its edge lookups (1,500 edges:
 * tens of milliseconds) whenever it is handed a new array.
 * Every node carries its `measured` size (it is drawn exactly at the size
 * given): a node object without it makes React Flow forget the node's
 * handle positions and measure it again in the DOM, then walk every node's
 * absolute position, on each step of a drag (170 ms a step at 1,000 nodes).
 * Zoomed out, the nodes that are not live (see liveNodes) are handed over
 * `hidden`: React Flow keeps them in its lookup (positions, parents, fit,
 * the overview layers read them there) but mounts no component for them;
 * NodeOverview draws them.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { nodeProps } from '../../src/catalog/resolveProps';
import { isContainerType, nodeSize, RESOURCE_SIZE } from '../../src/model/geometry';
import { sameItems } from './sameItems';
import type { Diagram, DiagramEdge, DiagramNode } from '../../src/model/types';
import { stableParentsFirst } from './flowOrder';

export type ResourceFlowNode = Node<{ node: DiagramNode }, 'resource'>;
export type ContainerFlowNode = Node<{ node: DiagramNode; public: boolean }, 'container'>;
export type DiagramFlowNode = ResourceFlowNode | ContainerFlowNode;
export type DiagramFlowEdge = Edge<{ edge: DiagramEdge }, 'diagram'>;

const nodeCache = new WeakMap<DiagramNode, { selected?: DiagramFlowNode; plain?: DiagramFlowNode; hidden?: DiagramFlowNode }>();
const edgeCache = new WeakMap<DiagramEdge, { selected?: DiagramFlowEdge; plain?: DiagramFlowEdge }>();

/** Side length of a connection handle (index.css draws them 9 px, centred on the node's border). */
const HANDLE = 9;

/**
 * A resource's four handles, where index.css draws them. Given up front,
 * React Flow knows them without measuring the DOM, so it need not render a
 * node before it is in view (it renders every node it has not measured yet).
 */
const RESOURCE_HANDLES: NodeHandle[] = [
  { id: Position.Top, type: 'source', position: Position.Top, x: RESOURCE_SIZE.width / 2 - HANDLE / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: Position.Right, type: 'source', position: Position.Right, x: RESOURCE_SIZE.width - HANDLE / 2, y: RESOURCE_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: Position.Bottom, type: 'source', position: Position.Bottom, x: RESOURCE_SIZE.width / 2 - HANDLE / 2, y: RESOURCE_SIZE.height - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: Position.Left, type: 'source', position: Position.Left, x: -HANDLE / 2, y: RESOURCE_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
];
/** Containers take no connections. */
const NO_HANDLES: NodeHandle[] = [];

type Variant = 'selected' | 'plain' | 'hidden';

function toFlowNode(node: DiagramNode, variant: Variant, fallback: { x: number; y: number } | undefined): DiagramFlowNode {
  const position = node.position ?? fallback ?? { x: 0, y: 0 };
  const base = {
    id: node.id,
    position,
    selected: variant === 'selected',
    ...(variant === 'hidden' ? { hidden: true } : {}),
    ...(node.parent === undefined ? {} : { parentId: node.parent }),
  };
  if (isContainerType(node.type)) {
    const size = nodeSize(node);
    const isPublic = node.type === 'subnet' && nodeProps(node as DiagramNode & { type: 'subnet' }).public;
    return {
      ...base,
      type: 'container',
      data: { node, public: isPublic },
      width: size.width,
      height: size.height,
      measured: size,
      handles: NO_HANDLES,
      // Containers sit under their children and under edges.
      zIndex: node.type === 'vpc' ? -2 : -1,
    };
  }
  // Above edges (1), so a node's handles and badge are never under an edge's hit area.
  return { ...base, type: 'resource', data: { node }, width: RESOURCE_SIZE.width, height: RESOURCE_SIZE.height, measured: RESOURCE_SIZE, handles: RESOURCE_HANDLES, zIndex: 2 };
}

/**
 * Nodes without a position (a hand-written file) get a provisional grid
 * place inside their parent until automatic layout arranges them. A node's
 * place is set by its index among its siblings, counted over all of them,
 * placed or not, so it does not shift when a layout places its siblings a
 * slice at a time; it is worked out for every node, once per list of ids
 * and parents (a layout slice keeps the list: see orderOf), and looked up
 * for the nodes still without a position. Worked out afresh on each slice,
 * it was some 17 ms of a slice's 45 at 1,000 nodes (traced).
 */
function provisionalPlaces(nodes: readonly DiagramNode[]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const countPerParent = new Map<string, number>();
  for (const n of nodes) {
    const key = n.parent ?? '';
    const i = countPerParent.get(key) ?? 0;
    countPerParent.set(key, i + 1);
    const cols = n.parent === undefined ? 6 : 3;
    out.set(n.id, { x: 24 + (i % cols) * (RESOURCE_SIZE.width + 40), y: 48 + Math.floor(i / cols) * (RESOURCE_SIZE.height + 40) });
  }
  return out;
}

/** The provisional places of the last list of ids and parents (the identity of orderCache.ids stands for the list). */
let placesCache: { readonly ids: readonly string[]; readonly places: Map<string, { x: number; y: number }> } | undefined;

/** The last order worked out: `at[k]` is where `sorted[k]` stands in `nodes`. */
let orderCache: { nodes: readonly DiagramNode[]; sorted: DiagramNode[]; ids: string[]; at: number[] } | undefined;
let lastNodes: DiagramFlowNode[] = [];
let lastEdges: DiagramFlowEdge[] = [];
/** What lastEdges was made from. */
let lastEdgesFrom: { readonly edges: Diagram['edges']; readonly selection: ReadonlySet<string> } | undefined;

/** `previous` when `next` holds the same objects in the same order, else `next`. */
function reuse<T>(previous: T[], next: T[]): T[] {
  return sameItems(previous, next) ? previous : next;
}

/**
 * The nodes parents first. A drag step or a layout slice replaces node
 * objects but keeps every id and parent in its place: the order is then the
 * previous one, read off by index, without the maps and sets of working it
 * out again (a few milliseconds of every drag step at 1,000 nodes).
 */
function orderOf(nodes: readonly DiagramNode[], previous: typeof orderCache): NonNullable<typeof orderCache> {
  if (previous !== undefined && sameIdsAndParents(previous.nodes, nodes)) {
    return { nodes, sorted: previous.at.map((i) => nodes[i]!), ids: previous.ids, at: previous.at };
  }
  const sorted = stableParentsFirst(nodes, previous?.ids ?? []);
  const index = new Map(nodes.map((n, i) => [n, i]));
  return { nodes, sorted, ids: sorted.map((n) => n.id), at: sorted.map((n) => index.get(n)!) };
}

function sameIdsAndParents(a: readonly DiagramNode[], b: readonly DiagramNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.parent !== y.parent)) return false;
  }
  return true;
}

/** `live`: zoomed out, the ids React Flow mounts; every other node is handed over hidden. Undefined: all are mounted. */
export function toFlowNodes(diagram: Diagram, selection: ReadonlySet<string>, live?: ReadonlySet<string>): DiagramFlowNode[] {
  // Ordering is only needed when the node list itself changed; it follows the previous order (see flowOrder).
  if (orderCache === undefined || orderCache.nodes !== diagram.nodes) orderCache = orderOf(diagram.nodes, orderCache);
  let fallback: Map<string, { x: number; y: number }> | undefined;
  if (diagram.nodes.some((n) => n.position === undefined)) {
    if (placesCache?.ids !== orderCache.ids) placesCache = { ids: orderCache.ids, places: provisionalPlaces(diagram.nodes) };
    fallback = placesCache.places;
  }
  const next = orderCache.sorted.map((node) => {
    const variant: Variant = selection.has(node.id) ? 'selected' : live !== undefined && !live.has(node.id) ? 'hidden' : 'plain';
    const slot = nodeCache.get(node);
    const hit = slot?.[variant];
    const provisional = node.position === undefined ? fallback?.get(node.id) : undefined;
    // A provisional place is part of what was cached: reuse only while it is the same.
    if (hit !== undefined && (provisional === undefined || (hit.position.x === provisional.x && hit.position.y === provisional.y))) return hit;
    const made = toFlowNode(node, variant, provisional);
    const entry = slot ?? {};
    entry[variant] = made;
    nodeCache.set(node, entry);
    return made;
  });
  lastNodes = reuse(lastNodes, next);
  return lastNodes;
}

export function toFlowEdges(diagram: Diagram, selection: ReadonlySet<string>): DiagramFlowEdge[] {
  // A move (a drag step, a layout slice) changes nodes only: the last answer stands, without a cache lookup per edge.
  if (lastEdgesFrom?.edges === diagram.edges && lastEdgesFrom.selection === selection) return lastEdges;
  lastEdgesFrom = { edges: diagram.edges, selection };
  const next = diagram.edges.map((edge) => {
    const selected = selection.has(edge.id);
    const slot = edgeCache.get(edge);
    const hit = selected ? slot?.selected : slot?.plain;
    if (hit !== undefined) return hit;
    const made: DiagramFlowEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'diagram',
      data: { edge },
      selected,
      // Edges above containers, below nothing else.
      zIndex: 1,
    };
    const entry = slot ?? {};
    if (selected) entry.selected = made;
    else entry.plain = made;
    edgeCache.set(edge, entry);
    return made;
  });
  lastEdges = reuse(lastEdges, next);
  return lastEdges;
}
