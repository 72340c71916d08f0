/**
 * How each edge kind looks: flows solid with protocol and port, the others
 * dashed or dotted with a short verb. Colours live in index.css (one set per
 * theme, so lines keep 3:1 contrast on the dark canvas too); this table holds
 * what does not change with the theme.
 */
import type { EdgeKind } from '../../../src/catalog/kinds';
import { EDGE_STROKE } from '../../../src/export/exportLook';

export interface EdgeLook {
  readonly dash?: string;
  readonly width: number;
}

/** The same strokes the SVG and PNG exports draw, from one table, so the two cannot drift apart. */
export const EDGE_LOOK: Readonly<Record<EdgeKind, EdgeLook>> = EDGE_STROKE;
