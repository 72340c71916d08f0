/**
 * What a finished layout must satisfy, as a list of problems (empty when
 * all is well): every node placed and every container sized; siblings
 * never overlap; every child inside its parent's padding; the Internet and
 * corporate networks left of every VPC; regional services and identity
 * outside every VPC, to its right or below it. Test-only.
 */
import { absoluteRect, CONTAINER_PADDING, isContainerType, lookupOf, nodeSize, type Rect } from '../../model/geometry';
import type { Diagram, DiagramNode } from '../../model/types';
import { isLeftEnd, isRightEnd } from '../roles';

export interface CheckOptions {
  /** Skip the left/right placement checks (the grid and on-load placement keep them too, but a hand-placed part may not). */
  readonly skipSides?: boolean;
}

export function checkLayout(diagram: Diagram, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const lookup = lookupOf(diagram);
  const byParent = new Map<string, DiagramNode[]>();
  for (const n of diagram.nodes) {
    if (n.position === undefined) problems.push(`${n.id} has no position`);
    if (isContainerType(n.type) && n.size === undefined) problems.push(`${n.id} has no size`);
    const key = n.parent ?? '';
    byParent.set(key, [...(byParent.get(key) ?? []), n]);
  }
  if (problems.length > 0) return problems;

  for (const [parent, kids] of byParent) {
    const boxes = kids.map((n) => ({ n, x: n.position!.x, y: n.position!.y, s: nodeSize(n) })).sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.s.width; j++) {
        const b = boxes[j]!;
        if (b.y < a.y + a.s.height && a.y < b.y + b.s.height) problems.push(`${a.n.id} and ${b.n.id} overlap`);
      }
    }
    if (parent === '') continue;
    const p = lookup(parent)!;
    const size = nodeSize(p);
    for (const b of boxes) {
      if (
        b.x < CONTAINER_PADDING.left ||
        b.y < CONTAINER_PADDING.top ||
        b.x + b.s.width > size.width - CONTAINER_PADDING.right ||
        b.y + b.s.height > size.height - CONTAINER_PADDING.bottom
      ) {
        problems.push(`${b.n.id} is not inside ${parent} (at ${b.x},${b.y} in ${size.width}x${size.height})`);
      }
    }
  }

  if (options.skipSides !== true) {
    const vpcs: Rect[] = diagram.nodes.filter((n) => n.type === 'vpc').map((n) => absoluteRect(n, lookup));
    for (const n of diagram.nodes) {
      if (n.parent !== undefined) continue;
      const r = absoluteRect(n, lookup);
      for (const v of vpcs) {
        if (isLeftEnd(n.type) && r.x + r.width > v.x) problems.push(`${n.id} is not left of the VPC at ${v.x},${v.y}`);
        if (isRightEnd(n.type) && r.x < v.x + v.width && r.y < v.y + v.height) {
          problems.push(`${n.id} is not right of or below the VPC at ${v.x},${v.y}`);
        }
      }
    }
  }
  return problems;
}
