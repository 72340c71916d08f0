/**
 * How each edge kind looks: flows solid with protocol and port, the others
 * dashed or dotted with a short verb. Colours live in index.css (one set per
 * theme, so lines keep 3:1 contrast on the dark canvas too); this table holds
 * what does not change with the theme.
 */
import type { EdgeKind } from '../../../src/catalog/kinds';

export interface EdgeLook {
  readonly dash?: string;
  readonly width: number;
}

export const EDGE_LOOK: Readonly<Record<EdgeKind, EdgeLook>> = {
  network: { width: 1.75 },
  vpn: { width: 2.25, dash: '10 4' },
  assume: { width: 1.5, dash: '6 4' },
  access: { width: 1.5, dash: '2 4' },
  replication: { width: 1.75, dash: '8 3 2 3' },
  logging: { width: 1.5, dash: '4 3' },
  notification: { width: 1.5, dash: '2 3' },
  key: { width: 1.75, dash: '12 3 3 3' },
  load: { width: 1.5, dash: '6 2' },
};
