/**
 * Zoomed out (below useZoomedOut's threshold), the edges are drawn by this
 * one SVG in the viewport rather than by React Flow: see overviewPaths for
 * why. At that zoom a line is a fraction of a pixel wide and cannot be aimed
 * at, so nothing is lost to the pointer; the selected edges and the exposure
 * path stay React Flow edges (Canvas passes them on), with their labels.
 * The layer re-renders when React Flow's nodes change (a drag step) or the
 * findings do (an edge turns red), reading node boxes from its lookup.
 */
import { useStore, useStoreApi, ViewportPortal, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useRef } from 'react';
import { EDGE_LOOK } from './edgeStyle';
import { edgeEnds } from '../../../src/model/edgeGeometry';
import { boxOf } from './floatingPath';
import { overviewPaths, segmentOf, type OverviewEdge, type OverviewGroup, type Segment } from './overviewPaths';
import { useFindings } from '../../findings/findingsStore';

const nodesOf = (s: ReactFlowState) => s.nodes;

interface Props {
  /** The edges React Flow is not drawing. */
  readonly edges: readonly OverviewEdge[];
}

interface Cached {
  readonly source: InternalNode;
  readonly target: InternalNode;
  readonly segment: Segment;
}

export const EdgeOverview = memo(function EdgeOverview({ edges }: Props) {
  // Subscribed for its changes only: positions are read from the lookup, which React Flow updates in place.
  useStore(nodesOf);
  const store = useStoreApi();
  const byTarget = useFindings((s) => s.byTarget);
  // React Flow keeps a node's object while the node is unchanged, so a segment is reused until one of its ends moves.
  const cache = useRef(new Map<string, Cached>());
  // The groups drawn last time: those whose edges have not moved are reused, paths and all.
  const drawn = useRef<readonly OverviewGroup[]>([]);
  const { nodeLookup } = store.getState();
  if (cache.current.size > 2 * edges.length + 100) cache.current = new Map();
  const groups = overviewPaths(
    edges,
    (edge) => {
      const source = nodeLookup.get(edge.source);
      const target = nodeLookup.get(edge.target);
      if (source === undefined || target === undefined) return undefined;
      const hit = cache.current.get(edge.id);
      if (hit !== undefined && hit.source === source && hit.target === target) return hit.segment;
      const segment = segmentOf(edgeEnds(boxOf(source), boxOf(target)));
      cache.current.set(edge.id, { source, target, segment });
      return segment;
    },
    (id) => byTarget.get(id)?.severity === 'error',
    drawn.current,
  );
  drawn.current = groups;
  return (
    <ViewportPortal>
      <svg className="edge-overview" data-testid="edge-overview" aria-hidden="true">
        {groups.map((g) => {
          const state = g.alert ? 'is-alert' : '';
          return (
            <g key={g.key} data-kind={g.kind} data-alert={g.alert ? 'true' : undefined}>
              <path className={`react-flow__edge-path edge-${g.kind} ${state}`} d={g.lines} style={{ strokeWidth: EDGE_LOOK[g.kind].width }} />
              <path className={`edge-marker edge-${g.kind} ${state}`} d={g.arrows} />
            </g>
          );
        })}
      </svg>
    </ViewportPortal>
  );
});
