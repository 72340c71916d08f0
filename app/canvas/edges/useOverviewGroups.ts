/**
 * The overview geometry of `edges` (overviewPaths), from React Flow's node
 * boxes: shared by the zoomed-out edge layer (EdgeOverview, SVG) and the
 * lines drawn while a large design is panned (PanLines, a canvas).
 * Re-computed when React Flow's nodes change (a drag step) or the findings
 * do (an edge turns red); node boxes are read from React Flow's lookup.
 */
import { useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useRef } from 'react';
import { edgeEnds } from '../../../src/model/edgeGeometry';
import { useFindings } from '../../findings/findingsStore';
import { boxOf } from './floatingPath';
import { overviewPaths, segmentOf, type OverviewEdge, type OverviewGroup, type Segment } from './overviewPaths';

const nodesOf = (s: ReactFlowState) => s.nodes;

interface Cached {
  readonly source: InternalNode;
  readonly target: InternalNode;
  readonly segment: Segment;
}

export function useOverviewGroups(edges: readonly OverviewEdge[]): readonly OverviewGroup[] {
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
  return groups;
}
