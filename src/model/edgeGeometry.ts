/**
 * Where an edge is drawn: between the borders of its two nodes, along the
 * line joining their centres (floating edges), whatever handle it was drawn
 * from, so edges stay tidy when nodes move. One definition for the canvas
 * and the SVG/PNG exports, so the two cannot drift apart.
 */
import type { Rect } from './geometry';

export interface EdgeBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Width of a resource node's visible part (its 48 px icon and the label under it). */
const RESOURCE_INK_WIDTH = 64;

/** The box edges end at: a resource's box is wider than what is drawn, so arrows end at the icon, not in the air beside it. */
export function inkBox(rect: Rect, resource: boolean): EdgeBox {
  if (resource && rect.width > RESOURCE_INK_WIDTH) {
    return { x: rect.x + (rect.width - RESOURCE_INK_WIDTH) / 2, y: rect.y + 2, w: RESOURCE_INK_WIDTH, h: rect.height - 10 };
  }
  return { x: rect.x, y: rect.y, w: rect.width, h: rect.height };
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: EdgeBox, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const s = Math.min(box.w / 2 / Math.abs(dx || 1e-9), box.h / 2 / Math.abs(dy || 1e-9));
  return { x: cx + dx * s, y: cy + dy * s };
}

export function edgeEnds(source: EdgeBox, target: EdgeBox, offset = 0): { sx: number; sy: number; tx: number; ty: number } {
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
