/**
 * Zoomed out (below useZoomedOut's threshold), the edges are drawn by this
 * one SVG in the viewport rather than by React Flow: see overviewPaths for
 * why. At that zoom a line is a fraction of a pixel wide and cannot be aimed
 * at, so nothing is lost to the pointer; the selected edges and the exposure
 * path stay React Flow edges (Canvas passes them on), with their labels.
 * The layer re-renders when React Flow's nodes change (a drag step) or the
 * findings do (an edge turns red): see useOverviewGroups.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { EDGE_LOOK } from './edgeStyle';
import type { OverviewEdge } from './overviewPaths';
import { useOverviewGroups } from './useOverviewGroups';

interface Props {
  /** The edges React Flow is not drawing. */
  readonly edges: readonly OverviewEdge[];
}

export const EdgeOverview = memo(function EdgeOverview({ edges }: Props) {
  const groups = useOverviewGroups(edges);
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
