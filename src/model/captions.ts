/**
 * The short texts the canvas and the exports write beside a diagram's
 * elements, from one definition: an edge's pill ("tcp 5432" and a lock when
 * encrypted, or a verb such as "assumes") and a container's subtitle (its
 * CIDR with its region or Availability Zone).
 */
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { edgeProps, nodeProps } from '../catalog/resolveProps';
import type { DiagramEdge, DiagramNode } from './types';

export function edgeCaption(edge: DiagramEdge): { text: string; locked: boolean } {
  if (edge.kind === 'network') {
    const p = edgeProps(edge as DiagramEdge & { kind: 'network' });
    const text = p.protocol === 'all' ? 'all traffic' : p.protocol === 'icmp' ? 'icmp' : `${p.protocol} ${p.ports}`;
    return { text: edge.label ? `${edge.label} · ${text}` : text, locked: p.encrypted };
  }
  const verb = EDGE_CATALOG[edge.kind].verb;
  return { text: edge.label ? `${edge.label} · ${verb}` : verb, locked: false };
}

/** A VPC's or subnet's second line. */
export function containerSubtitle(node: DiagramNode): string {
  if (node.type === 'vpc') {
    const p = nodeProps(node as DiagramNode & { type: 'vpc' });
    return `${p.cidr} · ${p.region}`;
  }
  const p = nodeProps(node as DiagramNode & { type: 'subnet' });
  return `${p.cidr} · ${p.availabilityZone}`;
}
