/**
 * What the on-load rule lays out, and the finishing touches every layout
 * shares: containers around a laid-out part grow to fit it, top-level nodes
 * that still lack a place go around what is there, and every container ends
 * with a size.
 */
import { isContainerType, RESOURCE_SIZE } from '../model/geometry';
import type { Diagram, DiagramNode, Point, Size } from '../model/types';
import { LAYER_SPACING, NODE_SPACING, type LayoutScope } from './elkGraph';
import { isLeftEnd, isRightEnd } from './roles';
import { buildTree, CANVAS, childrenOf, fittedSize, parentKey, sizeFn } from './tree';
import type { Tree } from './tree';

export interface MissingWork {
  readonly scopes: readonly LayoutScope[];
  /** Top-level nodes to place around the others once the scopes are done. */
  readonly unplaced: readonly string[];
}

export function missingScopes(tree: Tree): MissingWork {
  const open = new Set<string>();
  for (const [key, kids] of tree.children) {
    if (key !== CANVAS && kids.some((k) => k.position === undefined)) open.add(key);
  }
  const expand = (id: string): boolean => open.has(id);
  const top = childrenOf(tree, CANVAS);
  const topMissing = top.filter((n) => n.position === undefined);
  if (topMissing.length > 0 && topMissing.length === top.length) {
    return { scopes: [{ root: CANVAS, expand }], unplaced: [] };
  }
  const scopes: LayoutScope[] = [];
  // Diagram order, so the work (and any notice) is the same every time.
  for (const node of tree.byId.values()) {
    if (open.has(node.id) && !open.has(parentKey(tree, node))) scopes.push({ root: node.id, expand });
  }
  return { scopes, unplaced: topMissing.map((n) => n.id) };
}

export function finishLayout(diagram: Diagram, grownRoots: readonly string[], unplaced: readonly string[]): Diagram {
  const tree = buildTree(diagram);
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();

  // Containers around a laid-out part grow (never shrink) to fit it, innermost first.
  const ancestors: DiagramNode[] = [];
  const seen = new Set<string>();
  for (const root of grownRoots) {
    for (let id = parentKey(tree, tree.byId.get(root)!); id !== CANVAS && !seen.has(id); ) {
      seen.add(id);
      const node = tree.byId.get(id)!;
      ancestors.push(node);
      id = parentKey(tree, node);
    }
  }
  const depth = (n: DiagramNode): number => {
    let d = 0;
    for (let id = parentKey(tree, n); id !== CANVAS && d < 16; id = parentKey(tree, tree.byId.get(id)!)) d++;
    return d;
  };
  ancestors.sort((a, b) => depth(b) - depth(a));
  const current = (n: DiagramNode): Size => sizes.get(n.id) ?? fittedOrStored(tree, n);
  for (const node of ancestors) {
    const s = fittedSize(tree, node, current);
    if (node.size === undefined || s.width !== node.size.width || s.height !== node.size.height) sizes.set(node.id, s);
  }

  // Every container ends with a size.
  const fitted = sizeFn(tree);
  for (const node of diagram.nodes) {
    if (isContainerType(node.type) && node.size === undefined && !sizes.has(node.id)) sizes.set(node.id, fitted(node));
  }

  if (unplaced.length > 0) placeAround(tree, unplaced, (n) => sizes.get(n.id) ?? fitted(n), positions);

  if (positions.size === 0 && sizes.size === 0) return diagram;
  const nodes = diagram.nodes.map((n) => {
    const p = positions.get(n.id);
    const s = sizes.get(n.id);
    if (p === undefined && s === undefined) return n;
    return { ...n, ...(p === undefined ? {} : { position: p }), ...(s === undefined ? {} : { size: s }) };
  });
  return { ...diagram, nodes };
}

function fittedOrStored(tree: Tree, n: DiagramNode): Size {
  return isContainerType(n.type) ? (n.size ?? fittedSize(tree, n, (c) => fittedOrStored(tree, c))) : RESOURCE_SIZE;
}

/**
 * Top-level newcomers go outside the box around the placed top-level nodes:
 * the Internet and corporate networks in a column at its left, regional
 * services and identity in a column at its right, anything else in a row
 * below it. Nothing placed can overlap what was there.
 */
function placeAround(tree: Tree, unplaced: readonly string[], sizeOf: (n: DiagramNode) => Size, positions: Map<string, Point>): void {
  const missing = new Set(unplaced);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of childrenOf(tree, CANVAS)) {
    if (missing.has(n.id) || n.position === undefined) continue;
    const s = sizeOf(n);
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + s.width);
    maxY = Math.max(maxY, n.position.y + s.height);
  }
  let leftY = minY;
  let rightY = minY;
  let belowX = minX;
  for (const id of unplaced) {
    const n = tree.byId.get(id)!;
    const s = sizeOf(n);
    if (isLeftEnd(n.type)) {
      positions.set(id, { x: minX - LAYER_SPACING - s.width, y: leftY });
      leftY += s.height + NODE_SPACING;
    } else if (isRightEnd(n.type)) {
      positions.set(id, { x: maxX + LAYER_SPACING, y: rightY });
      rightY += s.height + NODE_SPACING;
    } else {
      positions.set(id, { x: belowX, y: maxY + LAYER_SPACING });
      belowX += s.width + LAYER_SPACING;
    }
  }
}
