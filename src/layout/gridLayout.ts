/**
 * The fast fallback: inside each container, children in columns ordered by
 * their place in the reading order (the Internet first, regional services
 * last; see roles.ts), each column no taller than keeps the block roughly
 * square. Linear in the number of nodes, synchronous and deterministic; used
 * past 1,000 nodes and when ELK runs out of time.
 */
import { CONTAINER_PADDING, isContainerType } from '../model/geometry';
import type { Diagram, DiagramNode, Point, Size } from '../model/types';
import { applyPlacement, LAYER_SPACING, MIN_CONTAINER_SIZE, NODE_SPACING, WHOLE_DIAGRAM, type LayoutScope, type Placement } from './elkGraph';
import { rankOf } from './roles';
import { buildTree, CANVAS, childrenOf, sizeFn, type Tree } from './tree';

/** The whole diagram laid out on the grid: a position for every node, a size for every container. */
export function gridLayout(diagram: Diagram): Diagram {
  return applyPlacement(diagram, gridPlacement(diagram, WHOLE_DIAGRAM));
}

export function gridPlacement(diagram: Diagram, scope: LayoutScope, tree: Tree = buildTree(diagram)): Placement {
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  const fitted = sizeFn(tree);
  const sizeOf = (n: DiagramNode): Size => sizes.get(n.id) ?? fitted(n);
  const index = new Map<string, number>();
  diagram.nodes.forEach((n, i) => index.set(n.id, i));

  /** Places the children of `id` and returns the size of the block they make. */
  const arrange = (id: string): Size => {
    const kids = childrenOf(tree, id);
    for (const child of kids) {
      if (isContainerType(child.type) && scope.expand(child.id) && childrenOf(tree, child.id).length > 0) {
        const block = arrange(child.id);
        sizes.set(child.id, containerSize(block));
      } else if (isContainerType(child.type)) {
        sizes.set(child.id, fitted(child));
      }
    }
    const origin = id === CANVAS ? { x: 0, y: 0 } : { x: CONTAINER_PADDING.left, y: CONTAINER_PADDING.top };
    return placeColumns(kids, sizeOf, index, origin, positions);
  };

  const block = arrange(scope.root);
  if (scope.root !== CANVAS) sizes.set(scope.root, containerSize(block));
  return { positions, sizes };
}

function containerSize(block: Size): Size {
  return {
    width: Math.max(MIN_CONTAINER_SIZE.width, block.width + CONTAINER_PADDING.left + CONTAINER_PADDING.right),
    height: Math.max(MIN_CONTAINER_SIZE.height, block.height + CONTAINER_PADDING.top + CONTAINER_PADDING.bottom),
  };
}

function placeColumns(
  nodes: readonly DiagramNode[],
  sizeOf: (n: DiagramNode) => Size,
  index: ReadonlyMap<string, number>,
  origin: Point,
  positions: Map<string, Point>,
): Size {
  if (nodes.length === 0) return { width: 0, height: 0 };
  const items = nodes
    .map((node) => ({ node, rank: rankOf(node), at: index.get(node.id) ?? 0, size: sizeOf(node) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at);
  let area = 0;
  let tallest = 0;
  for (const it of items) {
    area += (it.size.width + LAYER_SPACING) * (it.size.height + NODE_SPACING);
    tallest = Math.max(tallest, it.size.height);
  }
  // Columns about as tall as the block is wide, but never shorter than the tallest box.
  const limit = Math.max(tallest, Math.sqrt(area));

  type Column = { items: typeof items; width: number; height: number };
  const columns: Column[] = [];
  let current: Column | undefined;
  let rank = -1;
  for (const it of items) {
    const fits = current !== undefined && current.height + NODE_SPACING + it.size.height <= limit;
    if (current === undefined || it.rank !== rank || !fits) {
      current = { items: [], width: 0, height: -NODE_SPACING };
      columns.push(current);
      rank = it.rank;
    }
    current.items.push(it);
    current.width = Math.max(current.width, it.size.width);
    current.height += NODE_SPACING + it.size.height;
  }

  let x = 0;
  let height = 0;
  for (const column of columns) {
    let y = 0;
    for (const it of column.items) {
      positions.set(it.node.id, { x: origin.x + x + Math.floor((column.width - it.size.width) / 2), y: origin.y + y });
      y += it.size.height + NODE_SPACING;
    }
    height = Math.max(height, column.height);
    x += column.width + LAYER_SPACING;
  }
  return { width: x - LAYER_SPACING, height };
}
