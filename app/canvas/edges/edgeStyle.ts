/** How each edge kind looks: flows solid with protocol and port, the others dashed or dotted with a short verb. */
import type { EdgeKind } from '../../../src/catalog/kinds';

export interface EdgeLook {
  readonly color: string;
  readonly dash?: string;
  readonly width: number;
}

export const EDGE_LOOK: Readonly<Record<EdgeKind, EdgeLook>> = {
  network: { color: '#475569', width: 1.75 },
  vpn: { color: '#7c3aed', width: 2.25, dash: '10 4' },
  assume: { color: '#dd344c', width: 1.5, dash: '6 4' },
  access: { color: '#b91c1c', width: 1.5, dash: '2 4' },
  replication: { color: '#2563eb', width: 1.75, dash: '8 3 2 3' },
  logging: { color: '#15803d', width: 1.5, dash: '4 3' },
  notification: { color: '#be185d', width: 1.5, dash: '2 3' },
  key: { color: '#b45309', width: 1.75, dash: '12 3 3 3' },
  load: { color: '#0f766e', width: 1.5, dash: '6 2' },
};
