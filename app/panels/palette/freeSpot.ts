/**
 * Where a node placed from the keyboard goes: the first spot, scanning from a
 * start point, where a node of that size overlaps nothing and lands in the
 * intended container. Repeated placements thus line up instead of stacking.
 */
import { absoluteRect, CONTAINER_PADDING, DEFAULT_CONTAINER_SIZE, isContainerType, lookupOf, rectContains, RESOURCE_SIZE, type Rect } from '../../../src/model/geometry';
import type { Diagram, DiagramNode, NodeType, Point, Size } from '../../../src/model/types';
import { containerAt } from '../../canvas/dropTarget';
import { parentAllowed } from '../../../src/model/structureEdits';

const STEP = 16;
const GAP = 16;
/** How far (in steps) the search around the centre goes: far enough for a crowded view, bounded at any zoom. */
const MAX_RINGS = 48;

export function newNodeSize(type: NodeType): Size {
  return isContainerType(type) ? DEFAULT_CONTAINER_SIZE[type] : RESOURCE_SIZE;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Rects a new node in `container` must keep clear of: every node except the container and its ancestors. */
function obstacles(diagram: Diagram, container: DiagramNode | undefined): Rect[] {
  const lookup = lookupOf(diagram);
  const enclosing = new Set<string>();
  for (let c = container; c !== undefined; c = c.parent === undefined ? undefined : lookup(c.parent)) enclosing.add(c.id);
  return diagram.nodes
    .filter((n) => !enclosing.has(n.id))
    .map((n) => {
      const r = absoluteRect(n, lookup);
      return { x: r.x - GAP, y: r.y - GAP, width: r.width + 2 * GAP, height: r.height + 2 * GAP };
    });
}

function isFree(diagram: Diagram, rect: Rect, container: DiagramNode | undefined, blocked: readonly Rect[]): boolean {
  if (blocked.some((b) => overlaps(rect, b))) return false;
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  return containerAt(diagram, centre)?.id === container?.id;
}

/**
 * The centre of a free spot for `type` inside `container`, scanning its
 * content area row by row from the top-left, under the label band; when it
 * is full, a cascade from the top-left so placements still do not coincide.
 */
export function freeSpotInside(diagram: Diagram, container: DiagramNode, type: NodeType): Point {
  const size = newNodeSize(type);
  const box = absoluteRect(container, lookupOf(diagram));
  const blocked = obstacles(diagram, container);
  const left = box.x + CONTAINER_PADDING.left;
  const top = box.y + CONTAINER_PADDING.top;
  const right = box.x + box.width - CONTAINER_PADDING.right;
  const bottom = box.y + box.height - CONTAINER_PADDING.bottom;
  for (let y = top; y + size.height <= bottom; y += STEP) {
    for (let x = left; x + size.width <= right; x += STEP) {
      const rect = { x, y, ...size };
      if (isFree(diagram, rect, container, blocked)) return { x: x + size.width / 2, y: y + size.height / 2 };
    }
  }
  // Full (or too small): cascade from the top-left, keeping the centre inside the container.
  const children = diagram.nodes.filter((n) => n.parent === container.id).length;
  const offset = (children % 8) * STEP;
  return {
    x: Math.min(left + offset + size.width / 2, box.x + box.width - 8),
    y: Math.min(top + offset + size.height / 2, box.y + box.height - 8),
  };
}

/**
 * The free spot nearest to `centre` (within `view`) whose container is the
 * one at `centre`, so the node lands where the person is looking and where
 * the container question has the same answer; `centre` itself when none is.
 */
export function freeSpotNear(diagram: Diagram, centre: Point, view: Rect, type: NodeType): Point {
  const size = newNodeSize(type);
  const lookup = lookupOf(diagram);
  // The innermost container at the centre that may hold the type (a VPC
  // placed while looking into a subnet goes to top level, beside it).
  let container = containerAt(diagram, centre);
  while (container !== undefined && !parentAllowed(type, container)) container = container.parent === undefined ? undefined : lookup(container.parent);
  if (container === undefined && !parentAllowed(type, undefined)) return centre;
  const blocked = obstacles(diagram, container);
  const origin = { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) };
  const rings = Math.min(MAX_RINGS, Math.ceil(Math.max(view.width, view.height) / STEP / 2));
  for (let ring = 0; ring <= rings; ring++) {
    let best: { rect: Rect; distance: number } | undefined;
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const rect = { x: origin.x + i * STEP, y: origin.y + j * STEP, ...size };
        const distance = i * i + j * j;
        if (best !== undefined && best.distance <= distance) continue;
        if (!rectContains(view, { x: rect.x + size.width / 2, y: rect.y + size.height / 2 })) continue;
        if (!isFree(diagram, rect, container, blocked)) continue;
        best = { rect, distance };
      }
    }
    if (best !== undefined) return { x: best.rect.x + size.width / 2, y: best.rect.y + size.height / 2 };
  }
  return centre;
}
