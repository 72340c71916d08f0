/**
 * The nesting as the layout needs it: children of each container (and of
 * the canvas) in diagram order, and the fitted size of every container.
 * Built once per layout in O(nodes), so conversions stay cheap next to ELK.
 */
import { CONTAINER_PADDING, isContainerType, nodeSize, RESOURCE_SIZE } from '../model/geometry';
import type { Diagram, DiagramNode, Size } from '../model/types';

/** The key of the canvas (top level) in `children`; ids are never empty. */
export const CANVAS = '';

export interface Tree {
  readonly byId: ReadonlyMap<string, DiagramNode>;
  /** Children in diagram order, keyed by parent id or CANVAS. */
  readonly children: ReadonlyMap<string, readonly DiagramNode[]>;
}

export function buildTree(diagram: Diagram): Tree {
  const byId = new Map<string, DiagramNode>();
  for (const n of diagram.nodes) byId.set(n.id, n);
  const children = new Map<string, DiagramNode[]>();
  for (const n of diagram.nodes) {
    // A dangling parent (never in a diagram the reader accepted) counts as top level.
    const key = n.parent !== undefined && byId.has(n.parent) ? n.parent : CANVAS;
    const list = children.get(key);
    if (list === undefined) children.set(key, [n]);
    else list.push(n);
  }
  return { byId, children };
}

export function childrenOf(tree: Tree, id: string): readonly DiagramNode[] {
  return tree.children.get(id) ?? [];
}

export function parentKey(tree: Tree, node: DiagramNode): string {
  return node.parent !== undefined && tree.byId.has(node.parent) ? node.parent : CANVAS;
}

/**
 * A container's size, grown (never shrunk) so that its positioned children
 * fit inside it with the padding; children's own sizes come from `sizeOf`.
 */
export function fittedSize(tree: Tree, node: DiagramNode, sizeOf: (n: DiagramNode) => Size): Size {
  const base = nodeSize(node);
  if (!isContainerType(node.type)) return base;
  let width = base.width;
  let height = base.height;
  for (const child of childrenOf(tree, node.id)) {
    if (child.position === undefined) continue;
    const s = sizeOf(child);
    width = Math.max(width, child.position.x + s.width + CONTAINER_PADDING.right);
    height = Math.max(height, child.position.y + s.height + CONTAINER_PADDING.bottom);
  }
  return { width, height };
}

/** Size of a resource node or a container as drawn, containers fitted to their children. */
export function sizeFn(tree: Tree): (n: DiagramNode) => Size {
  const cache = new Map<string, Size>();
  const sizeOf = (n: DiagramNode): Size => {
    if (!isContainerType(n.type)) return RESOURCE_SIZE;
    const hit = cache.get(n.id);
    if (hit !== undefined) return hit;
    cache.set(n.id, nodeSize(n)); // a parent cycle (never in a read diagram) ends here
    const s = fittedSize(tree, n, sizeOf);
    cache.set(n.id, s);
    return s;
  };
  return sizeOf;
}
