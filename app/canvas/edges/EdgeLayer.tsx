/**
 * The strokes of every edge that is neither selected nor on the highlighted
 * exposure path, drawn by this one SVG in the viewport rather than by React
 * Flow (see overviewPaths for why). Zoomed out (below useZoomedOut's
 * threshold) it is the only drawing of those edges: a line there is a
 * fraction of a pixel wide and cannot be aimed at. Close up, React Flow
 * still mounts the edges in view, for the pointer, the keyboard and their
 * labels, but draws no stroke for them (DiagramEdge); this layer draws the
 * part of each near the view, dashed by kind (closeUpSegments says why).
 * The selected edges and the exposure path are React Flow's to draw in full
 * (Canvas leaves them out of `edges`).
 * The layer re-renders when React Flow's nodes change (a drag step), the
 * findings do (an edge turns red) or, close up, the clip region does (about
 * once a screen of panning), reading node boxes from React Flow's lookup.
 */
import { useStore, useStoreApi, ViewportPortal, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useRef } from 'react';
import { EDGE_LOOK } from './edgeStyle';
import { edgeEnds } from '../../../src/model/edgeGeometry';
import { boxOf } from './floatingPath';
import { overviewPaths, sameSegments, segmentOf, type OverviewEdge, type OverviewGroup, type Segment } from './overviewPaths';
import { closeUpSegments } from './closeUpSegments';
import { regionKey, regionOf } from './clipRegion';
import { useFindings } from '../../findings/findingsStore';

const nodesOf = (s: ReactFlowState) => s.nodes;
/** Zoomed out nothing is clipped: the layer does not follow the view. */
const noRegion = () => '';

interface Props {
  /** The edges React Flow does not stroke. */
  readonly edges: readonly OverviewEdge[];
  readonly zoomedOut: boolean;
}

interface Cached {
  readonly source: InternalNode;
  readonly target: InternalNode;
  /** The clip region's key the segments were cut for ('' zoomed out). */
  readonly region: string;
  readonly zoomedOut: boolean;
  readonly segments: readonly Segment[];
}

export const EdgeLayer = memo(function EdgeLayer({ edges, zoomedOut }: Props) {
  // Subscribed for its changes only: positions are read from the lookup, which React Flow updates in place.
  useStore(nodesOf);
  const key = useStore(zoomedOut ? noRegion : regionKey);
  const store = useStoreApi();
  const byTarget = useFindings((s) => s.byTarget);
  // React Flow keeps a node's object while the node is unchanged, so an edge's segments are reused until one of its ends moves.
  const cache = useRef(new Map<string, Cached>());
  // The groups drawn last time: those whose edges have not moved are reused, paths and all.
  const drawn = useRef<readonly OverviewGroup[]>([]);
  const { nodeLookup } = store.getState();
  const region = regionOf(key);
  if (cache.current.size > 2 * edges.length + 100) cache.current = new Map();
  const groups = overviewPaths(
    edges,
    (edge) => {
      const source = nodeLookup.get(edge.source);
      const target = nodeLookup.get(edge.target);
      if (source === undefined || target === undefined) return undefined;
      const hit = cache.current.get(edge.id);
      const same = hit !== undefined && hit.source === source && hit.target === target && hit.zoomedOut === zoomedOut;
      if (same && hit.region === key) return hit.segments;
      const ends = edgeEnds(boxOf(source), boxOf(target));
      let segments = zoomedOut ? [segmentOf(ends)] : closeUpSegments(edge.id, ends, edge.kind, region);
      // The clip moved but this edge's pieces did not (it lies inside both regions): the old ones stand, so do their groups.
      if (same && sameSegments(hit.segments, segments)) segments = hit.segments;
      cache.current.set(edge.id, { source, target, region: key, zoomedOut, segments });
      return segments;
    },
    (id) => byTarget.get(id)?.severity === 'error',
    drawn.current,
  );
  drawn.current = groups;
  return (
    <ViewportPortal>
      <svg className="edge-layer" data-testid="edge-layer" data-level={zoomedOut ? 'overview' : 'close'} aria-hidden="true">
        {groups.map((g) => (
          <Group key={g.key} group={g} dashed={!zoomedOut} />
        ))}
      </svg>
    </ViewportPortal>
  );
});

/** Memoized: overviewPaths hands back the same group object while its pieces are unchanged, and React then skips it. */
const Group = memo(function Group({ group: g, dashed }: { readonly group: OverviewGroup; readonly dashed: boolean }) {
  const state = g.alert ? 'is-alert' : '';
  const look = EDGE_LOOK[g.kind];
  return (
    <g data-kind={g.kind} data-alert={g.alert ? 'true' : undefined}>
      <path className={`react-flow__edge-path edge-${g.kind} ${state}`} d={g.lines} style={{ strokeWidth: look.width, strokeDasharray: dashed ? look.dash : undefined }} />
      <path className={`edge-marker edge-${g.kind} ${state}`} d={g.arrows} />
    </g>
  );
});
