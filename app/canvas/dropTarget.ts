/**
 * Which container a point falls in: the innermost one (subnet before VPC),
 * skipping the node being moved and everything inside it.
 */
import { absoluteRect, lookupOf, rectContains } from '../../src/model/geometry';
import type { Diagram, DiagramNode, Point } from '../../src/model/types';

export function containerAt(diagram: Diagram, point: Point, exclude?: string): DiagramNode | undefined {
  const lookup = lookupOf(diagram);
  const excluded = (n: DiagramNode): boolean => {
    for (let p: DiagramNode | undefined = n; p !== undefined; p = p.parent === undefined ? undefined : lookup(p.parent)) {
      if (p.id === exclude) return true;
    }
    return false;
  };
  let best: DiagramNode | undefined;
  for (const n of diagram.nodes) {
    if (n.type !== 'vpc' && n.type !== 'subnet') continue;
    if (exclude !== undefined && excluded(n)) continue;
    if (!rectContains(absoluteRect(n, lookup), point)) continue;
    // Subnets sit inside VPCs, so the deeper type wins.
    if (best === undefined || (best.type === 'vpc' && n.type === 'subnet')) best = n;
  }
  return best;
}
