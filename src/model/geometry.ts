/**
 * Sizes and absolute positions. Positions in the format are relative to the
 * parent's top-left corner (as in React Flow); re-parenting, hit-testing a
 * drop and laying out need absolute ones. Sizes of resource nodes are fixed
 * here so the editor, the layout and exports agree on them.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { NodeType } from '../catalog/kinds';
import type { Diagram, DiagramNode, Point, Size } from './types';

/** A resource node: a 48 px icon with up to two lines of label under it. */
export const RESOURCE_SIZE: Size = { width: 120, height: 92 };
export const DEFAULT_CONTAINER_SIZE: Readonly<Record<'vpc' | 'subnet', Size>> = {
  vpc: { width: 640, height: 420 },
  subnet: { width: 280, height: 200 },
};
/** Room a container keeps around its children: its label band on top, a margin elsewhere. */
export const CONTAINER_PADDING = { top: 44, right: 24, bottom: 24, left: 24 } as const;

export function isContainerType(type: NodeType): type is 'vpc' | 'subnet' {
  return NODE_CATALOG[type].container;
}

export function nodeSize(node: DiagramNode): Size {
  if (isContainerType(node.type)) return node.size ?? DEFAULT_CONTAINER_SIZE[node.type];
  return RESOURCE_SIZE;
}

export type NodeLookup = (id: string) => DiagramNode | undefined;

export function lookupOf(diagram: Pick<Diagram, 'nodes'>): NodeLookup {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  return (id) => byId.get(id);
}

/** The node's top-left corner on the canvas (sum of the parent chain's positions). */
export function absolutePosition(node: DiagramNode, lookup: NodeLookup): Point {
  let x = 0;
  let y = 0;
  let current: DiagramNode | undefined = node;
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    x += current.position?.x ?? 0;
    y += current.position?.y ?? 0;
    current = current.parent === undefined ? undefined : lookup(current.parent);
  }
  return { x, y };
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function absoluteRect(node: DiagramNode, lookup: NodeLookup): Rect {
  const p = absolutePosition(node, lookup);
  const s = nodeSize(node);
  return { x: p.x, y: p.y, width: s.width, height: s.height };
}

/** The smallest rectangle holding every one given (an empty one at the origin when none is). */
export function boundsOf(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Where the whole diagram lies on the canvas, or undefined when it has no nodes. */
export function diagramBounds(diagram: Diagram): Rect | undefined {
  if (diagram.nodes.length === 0) return undefined;
  const lookup = lookupOf(diagram);
  return boundsOf(diagram.nodes.map((n) => absoluteRect(n, lookup)));
}

export function rectContains(outer: Rect, point: Point): boolean {
  return point.x >= outer.x && point.x <= outer.x + outer.width && point.y >= outer.y && point.y <= outer.y + outer.height;
}

export function centerOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Depth in the nesting: 0 at top level, 1 in a VPC, 2 in a subnet. */
export function depthOf(node: DiagramNode, lookup: NodeLookup): number {
  let depth = 0;
  let current = node.parent === undefined ? undefined : lookup(node.parent);
  while (current !== undefined && depth < 8) {
    depth++;
    current = current.parent === undefined ? undefined : lookup(current.parent);
  }
  return depth;
}
