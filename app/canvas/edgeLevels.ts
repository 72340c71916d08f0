/**
 * Which edges React Flow draws and which the zoomed-out overview layer does
 * (EdgeOverview). Close up, React Flow draws them all. Zoomed out, only the
 * selected edges and the highlighted exposure path stay React Flow edges
 * (they keep their labels and can be acted on); the rest are drawn in one
 * layer. Results are cached on their inputs, so a drag step (which changes
 * neither the edges nor the zoom band) hands React Flow the same array.
 */
import type { DiagramFlowEdge } from './flowAdapter';
import type { OverviewEdge } from './edges/overviewPaths';

export interface EdgeLevels {
  readonly flow: DiagramFlowEdge[];
  readonly overview: readonly OverviewEdge[];
}

const NONE: readonly OverviewEdge[] = [];

export function splitEdges(edges: DiagramFlowEdge[], zoomedOut: boolean, highlighted: ReadonlySet<string>): EdgeLevels {
  if (!zoomedOut) return { flow: edges, overview: NONE };
  const flow: DiagramFlowEdge[] = [];
  const overview: OverviewEdge[] = [];
  for (const e of edges) {
    if (e.selected === true || highlighted.has(e.id) || e.data === undefined) flow.push(e);
    else overview.push({ id: e.id, kind: e.data.edge.kind, source: e.source, target: e.target });
  }
  return { flow, overview };
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
