/**
 * One edge of any kind. Flows show "tcp 5432" and a lock when encrypted;
 * other kinds a small verb ("assumes", "logs to"). All have an arrow for
 * direction; the label is drawn in React Flow's label layer (HTML, as text).
 */
import type { EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import type { DiagramFlowEdge } from '../flowAdapter';
import { EDGE_LOOK } from './edgeStyle';
import { FindingBadge } from '../../findings/FindingBadge';
import { useFindings } from '../../findings/findingsStore';
import { useOnExposurePath } from '../../findings/exposurePath';
import { boxOf } from './floatingPath';
import { edgeEnds } from '../../../src/model/edgeGeometry';
import { edgeCaption } from '../../../src/model/captions';
import { EdgeLabelPortal } from './EdgeLabelPortal';
import { clipSegment } from './clipSegment';
import { useEdgeView } from './useEdgeView';
import { setSelection } from '../../store/editorActions';
import { useEditor } from '../../store/editorStore';
import { EdgeLine } from './EdgeLine';
import { useMovingLayer } from './movingLines';

export const DiagramEdge = memo(function DiagramEdge({ id, source, target, data, selected }: EdgeProps<DiagramFlowEdge>) {
  const severity = useFindings((st) => st.byTarget.get(id)?.severity);
  const onExposurePath = useOnExposurePath(id);
  const { source: s, target: t, region, zoomedOut, labelLayer } = useEdgeView(source, target);
  const movingLayer = useMovingLayer(source, target);
  if (s === undefined || t === undefined || data === undefined) return null;
  const edge = data.edge;
  const look = EDGE_LOOK[edge.kind];
  const ends = edgeEnds(boxOf(s), boxOf(t));
  const { sx, sy, tx, ty } = ends;
  // Only the part near the view is drawn (clipSegment says why); the label stays at the whole edge's midpoint.
  const line = region === undefined ? { ...ends, offset: 0, endKept: true } : clipSegment(ends, region);
  const { text, locked } = edgeCaption(edge);
  const alert = onExposurePath || (severity === 'error' && !selected);
  const markerId = `arrow-${edge.kind}${selected ? '-selected' : alert ? '-alert' : ''}`;
  const stateClass = selected ? 'is-selected' : alert ? 'is-alert' : '';
  // Zoomed out, a label would be unreadable: only the selected or highlighted edges keep theirs.
  const showLabel = !zoomedOut || selected === true || onExposurePath;
  const drawn =
    line === undefined ? null : (
      <EdgeLine
        id={id}
        line={line}
        dash={look.dash}
        zoom={region?.zoom ?? 1}
        markerEnd={`url(#${markerId})`}
        strokeWidth={onExposurePath ? 3.5 : selected ? look.width + 1 : look.width}
        className={`edge-${edge.kind} ${stateClass} ${onExposurePath ? 'exposure-path' : ''}`}
      />
    );
  return (
    <>
      {/* While an end is dragged, in the moving layer, so the still lines are not rasterised again (movingLines). */}
      {movingLayer === undefined ? drawn : createPortal(drawn, movingLayer)}
      {showLabel ? (
        <EdgeLabelPortal layer={labelLayer}>
          {/* Placed by left/top on an anchor that centres it, not by a transform: a transform made each of the
              200-odd labels mounted at 100% its own paint chunk, which every frame of a drag re-layerised and
              re-recorded (traced at 1,000 nodes: Paint 9-10 ms a frame, against 6 this way). The label layer
              sits above the edges (index.css), so a click on the label is the label's: it selects the edge. */}
          <div className="edge-label-anchor" style={{ left: (sx + tx) / 2, top: (sy + ty) / 2 }}>
            <div
              className={`edge-label edge-${edge.kind} nodrag nopan ${selected ? 'is-selected' : ''} ${onExposurePath ? 'on-exposure-path' : ''}`}
              data-exposure-path={onExposurePath ? 'true' : undefined}
              data-edge-id={id}
              data-kind={edge.kind}
              onClick={(event) => selectFromLabel(event, id)}
            >
              {locked ? (
                <svg aria-label="encrypted" role="img" width="10" height="10" viewBox="0 0 16 16" className="shrink-0">
                  <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
                </svg>
              ) : null}
              <span>{text}</span>
              <FindingBadge targetId={id} edge />
            </div>
          </div>
        </EdgeLabelPortal>
      ) : null}
    </>
  );
});

/** A click on an edge's label selects the edge, as a click on its line does (Shift, Ctrl or Cmd adds or removes it). */
function selectFromLabel(event: MouseEvent, id: string): void {
  event.stopPropagation();
  const current = useEditor.getState().selection;
  if (!(event.shiftKey || event.ctrlKey || event.metaKey)) setSelection([id]);
  else setSelection(current.includes(id) ? current.filter((s) => s !== id) : [...current, id]);
}
