/**
 * Diagram <-> ELK JSON graph. `toElkGraph` nests the graph as the diagram
 * nests (VPC > subnet > resources) and turns every edge into an ELK edge
 * between the boxes it connects; `fromElkGraph` reads positions (relative
 * to the parent, as the format stores them) and container sizes back.
 * Both are pure and linear in the size of the diagram, so a layout costs
 * what ELK costs; the benchmark times ELK alone on exactly this graph.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { CONTAINER_PADDING, isContainerType, RESOURCE_SIZE } from '../model/geometry';
import type { Diagram, DiagramNode, Point, Size } from '../model/types';
import { isLeftEnd, isRightEnd } from './roles';
import { buildTree, CANVAS, childrenOf, sizeFn, type Tree } from './tree';

/** Gap between neighbouring boxes in a layer, and between layers. */
export const NODE_SPACING = 40;
export const LAYER_SPACING = 60;
/** The smallest box a laid-out container gets, so its label band has room. */
export const MIN_CONTAINER_SIZE: Size = { width: 200, height: 140 };

/** Ids the diagram cannot use (they must start with a letter or digit). */
export const CANVAS_ELK_ID = '#canvas';

/**
 * Options for the whole graph. Layered, left to right; hierarchy handled in
 * one pass so edges between subnets of different VPCs still shape the
 * layering. The app draws straight edges between node centres, so ELK's
 * routes are thrown away; orthogonal routing costs about what polyline
 * does and packs layers closer (1,856 px against 2,353 px wide on the
 * 100-node fixture).
 */
export const ELK_ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.componentComponent': String(LAYER_SPACING),
  'elk.randomSeed': '1',
  // Packing disconnected parts side by side would ignore the first/last layers.
  'elk.separateConnectedComponents': 'false',
};

const CONTAINER_OPTIONS: LayoutOptions = {
  'elk.padding': `[top=${CONTAINER_PADDING.top},left=${CONTAINER_PADDING.left},bottom=${CONTAINER_PADDING.bottom},right=${CONTAINER_PADDING.right}]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': `(${MIN_CONTAINER_SIZE.width},${MIN_CONTAINER_SIZE.height})`,
};
const FIRST: LayoutOptions = { 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' };
const LAST: LayoutOptions = { 'elk.layered.layering.layerConstraint': 'LAST_SEPARATE' };

/**
 * What one layout covers: the children of `root` (a container id, or CANVAS
 * for the top level), and inside it the children of every container that
 * `expand` accepts. A container it refuses stays as it is, a fixed box of
 * its current size (grown to fit its children).
 */
export interface LayoutScope {
  readonly root: string;
  readonly expand: (containerId: string) => boolean;
}

export const WHOLE_DIAGRAM: LayoutScope = { root: CANVAS, expand: () => true };

export function toElkGraph(diagram: Diagram, scope: LayoutScope = WHOLE_DIAGRAM, tree: Tree = buildTree(diagram)): ElkNode {
  const sizeOf = sizeFn(tree);
  // For each diagram node inside the scope: the ELK node that stands for it
  // (itself, or the fixed box of a container it sits in) and that node's parent.
  const standIn = new Map<string, string>();
  const elkParent = new Map<string, string>();
  const rootId = scope.root === CANVAS ? CANVAS_ELK_ID : scope.root;
  const pinned = new Map<string, 'first' | 'last'>();

  const build = (node: DiagramNode, parentElkId: string, representative: string | undefined, topLevel: boolean): ElkNode | undefined => {
    standIn.set(node.id, representative ?? node.id);
    if (representative !== undefined) {
      for (const child of childrenOf(tree, node.id)) build(child, parentElkId, representative, false);
      return undefined;
    }
    elkParent.set(node.id, parentElkId);
    if (isContainerType(node.type) && scope.expand(node.id)) {
      const kids = childrenOf(tree, node.id);
      if (kids.length > 0) {
        const children: ElkNode[] = [];
        for (const child of kids) {
          const built = build(child, node.id, undefined, false);
          if (built !== undefined) children.push(built);
        }
        return { id: node.id, layoutOptions: CONTAINER_OPTIONS, children };
      }
      // An empty container keeps the size it has (or its default).
      const size = sizeOf(node);
      return { id: node.id, width: size.width, height: size.height };
    }
    if (isContainerType(node.type)) {
      for (const child of childrenOf(tree, node.id)) build(child, parentElkId, node.id, false);
      const size = sizeOf(node);
      return { id: node.id, width: size.width, height: size.height };
    }
    const elk: ElkNode = { id: node.id, width: RESOURCE_SIZE.width, height: RESOURCE_SIZE.height };
    if (topLevel && isLeftEnd(node.type)) {
      elk.layoutOptions = FIRST;
      pinned.set(node.id, 'first');
    } else if (topLevel && isRightEnd(node.type)) {
      elk.layoutOptions = LAST;
      pinned.set(node.id, 'last');
    }
    return elk;
  };

  const rootChildren: ElkNode[] = [];
  for (const child of childrenOf(tree, scope.root)) {
    const built = build(child, rootId, undefined, scope.root === CANVAS);
    if (built !== undefined) rootChildren.push(built);
  }
  const edgesByHolder = new Map<string, ElkExtendedEdge[]>();
  const seen = new Set<string>();
  let count = 0;
  for (const e of diagram.edges) {
    let s = standIn.get(e.source);
    let t = standIn.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    // ELK refuses an edge into the first layer or out of the last; the
    // direction only guides layering, so such edges are turned round, and
    // edges within the first or last layer left out.
    const ps = pinned.get(s);
    const pt = pinned.get(t);
    if (ps !== undefined && ps === pt) continue;
    if (ps === 'last' || pt === 'first') [s, t] = [t, s];
    const key = `${s}\n${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const holder = commonAncestor(s, t, elkParent, rootId);
    if (holder === undefined) continue; // one end contains the other
    const edge: ElkExtendedEdge = { id: `#e${count++}`, sources: [s], targets: [t] };
    const list = edgesByHolder.get(holder);
    if (list === undefined) edgesByHolder.set(holder, [edge]);
    else list.push(edge);
  }
  attachEdges(rootChildren, edgesByHolder);

  const root: ElkNode = { id: rootId, children: rootChildren };
  if (scope.root === CANVAS) {
    root.layoutOptions = { ...ELK_ROOT_OPTIONS, 'elk.padding': '[top=0,left=0,bottom=0,right=0]' };
  } else {
    root.layoutOptions = { ...ELK_ROOT_OPTIONS, ...CONTAINER_OPTIONS };
  }
  const rootEdges = edgesByHolder.get(rootId);
  if (rootEdges !== undefined) root.edges = rootEdges;
  return root;
}

/** The ELK node whose `edges` hold an edge between s and t; undefined when one contains the other. */
function commonAncestor(s: string, t: string, elkParent: ReadonlyMap<string, string>, rootId: string): string | undefined {
  const chain = new Set<string>();
  for (let p: string | undefined = s; p !== undefined && p !== rootId; p = elkParent.get(p)) chain.add(p);
  for (let p: string | undefined = elkParent.get(t); p !== undefined; p = elkParent.get(p)) {
    if (p === s) return undefined;
    if (p === rootId) return rootId;
    if (chain.has(p)) return p;
  }
  return chain.has(t) ? undefined : rootId;
}

function attachEdges(nodes: readonly ElkNode[], edgesByHolder: ReadonlyMap<string, ElkExtendedEdge[]>): void {
  for (const n of nodes) {
    const edges = edgesByHolder.get(n.id);
    if (edges !== undefined) n.edges = edges;
    if (n.children !== undefined) attachEdges(n.children, edgesByHolder);
  }
}

/** Positions and sizes read back from a laid-out graph. */
export interface Placement {
  readonly positions: ReadonlyMap<string, Point>;
  /** Containers only: laid out, fixed box, or the scope's root. */
  readonly sizes: ReadonlyMap<string, Size>;
}

export function placementFromElk(laidOut: ElkNode, diagram: Diagram, tree: Tree = buildTree(diagram)): Placement {
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  const visit = (n: ElkNode): void => {
    const node = tree.byId.get(n.id);
    if (node === undefined) return;
    positions.set(n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) });
    if (isContainerType(node.type)) sizes.set(n.id, { width: Math.ceil(n.width ?? 0), height: Math.ceil(n.height ?? 0) });
    if (n.children !== undefined) for (const c of n.children) visit(c);
  };
  for (const c of laidOut.children ?? []) visit(c);
  const root = tree.byId.get(laidOut.id);
  if (root !== undefined && isContainerType(root.type)) {
    sizes.set(root.id, { width: Math.ceil(laidOut.width ?? 0), height: Math.ceil(laidOut.height ?? 0) });
  }
  return { positions, sizes };
}

/** The diagram with the laid-out graph's positions and sizes; everything else unchanged. */
export function fromElkGraph(diagram: Diagram, laidOut: ElkNode): Diagram {
  return applyPlacement(diagram, placementFromElk(laidOut, diagram));
}

export function applyPlacement(diagram: Diagram, placement: Placement): Diagram {
  const nodes = diagram.nodes.map((n) => {
    const p = placement.positions.get(n.id);
    const s = placement.sizes.get(n.id);
    if (p === undefined && s === undefined) return n;
    return { ...n, ...(p === undefined ? {} : { position: p }), ...(s === undefined ? {} : { size: s }) };
  });
  return { ...diagram, nodes };
}
