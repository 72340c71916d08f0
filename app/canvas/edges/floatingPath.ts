/**
 * Floating edges: a connection is drawn between the borders of its two
 * nodes along the line joining their centres, whatever handle the user
 * dragged from, so edges stay tidy when nodes move.
 */
import type { InternalNode } from '@xyflow/react';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Width of a resource node's visible part (its 48 px icon and the label under it). */
const RESOURCE_INK_WIDTH = 64;

export function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  // A resource's box is wider than what is drawn; arrows end at the icon, not in the air beside it.
  if (node.type === 'resource' && w > RESOURCE_INK_WIDTH) return { x: x + (w - RESOURCE_INK_WIDTH) / 2, y: y + 2, w: RESOURCE_INK_WIDTH, h: h - 10 };
  return { x, y, w, h };
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = box.w / 2 / Math.abs(dx || 1e-9);
  const sy = box.h / 2 / Math.abs(dy || 1e-9);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

export function edgeEnds(source: Box, target: Box, offset = 0): { sx: number; sy: number; tx: number; ty: number } {
  const sc = { x: source.x + source.w / 2, y: source.y + source.h / 2 };
  const tc = { x: target.x + target.w / 2, y: target.y + target.h / 2 };
  // Parallel edges between the same nodes are spread apart perpendicular to the line.
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  const nx = (-(tc.y - sc.y) / len) * offset;
  const ny = ((tc.x - sc.x) / len) * offset;
  const s = borderPoint(source, { x: tc.x + nx, y: tc.y + ny });
  const t = borderPoint(target, { x: sc.x + nx, y: sc.y + ny });
  return { sx: s.x + nx, sy: s.y + ny, tx: t.x + nx, ty: t.y + ny };
}
