/**
 * Which edges React Flow draws and which the edge layer (EdgeLayer) strokes.
 * The selected edges and the highlighted exposure path are React Flow's in
 * full; the layer strokes the rest. Close up, React Flow still has every
 * edge (the same array, so its lookups are not rebuilt), for the pointer,
 * the keyboard and the labels; zoomed out it has only its own. Canvas
 * memoizes the result on its inputs, so a drag step (which changes neither
 * the edges nor the zoom band) hands React Flow the same array.
 */
import type { DiagramFlowEdge } from './flowAdapter';
import type { OverviewEdge } from './edges/overviewPaths';

export interface EdgeLevels {
  readonly flow: DiagramFlowEdge[];
  /** Stroked by the layer (the others are drawn whole by React Flow). */
  readonly layer: readonly OverviewEdge[];
}

export function splitEdges(edges: DiagramFlowEdge[], zoomedOut: boolean, highlighted: ReadonlySet<string>): EdgeLevels {
  const own: DiagramFlowEdge[] = [];
  const layer: OverviewEdge[] = [];
  for (const e of edges) {
    if (e.selected === true || highlighted.has(e.id) || e.data === undefined) own.push(e);
    else layer.push({ id: e.id, kind: e.data.edge.kind, source: e.source, target: e.target });
  }
  return { flow: zoomedOut ? own : edges, layer };
}

/**
 * Zoomed out, the nodes React Flow mounts besides the selected ones: the ends
 * of the edges it still draws (an edge is drawn between mounted nodes). The
 * rest are drawn by NodeOverview.
 */
export function endsOf(edges: readonly DiagramFlowEdge[]): ReadonlySet<string> {
  const ends = new Set<string>();
  for (const e of edges) {
    ends.add(e.source);
    ends.add(e.target);
  }
  return ends;
}
