/**
 * The drawing surface: React Flow in controlled mode, fed from the store
 * through the adapter. Deletion and shortcuts are the editor's own
 * (useShortcuts), so every edit goes through undo the same way.
 */
import { Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useEditor } from '../store/editorStore';
import { useExposure } from '../findings/exposurePath';
import { useLayoutState } from '../layout/layoutRunner';
import { endsOf, splitEdges } from './edgeLevels';
import { FIT_ON_OPEN } from './fitOptions';
import { NodeOverview } from './overview/NodeOverview';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { EdgeOverview } from './edges/EdgeOverview';
import { toFlowEdges, toFlowNodes } from './flowAdapter';
import { KindMenu } from './KindMenu';
import { ZoomLevel } from './ZoomLevel';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useZoomedOut } from './useZoomedOut';

const SNAP_GRID: [number, number] = [8, 8];
const PRO_OPTIONS = { hideAttribution: true };

function minimapColor(node: { type?: string; data?: unknown }): string {
  if (node.type === 'container') return 'rgba(140, 79, 255, 0.12)';
  return '#94a3b8';
}

export function Canvas() {
  const diagram = useEditor((s) => s.diagram);
  const selectionList = useEditor((s) => s.selection);
  const readOnly = useEditor((s) => s.readOnly);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const allEdges = useMemo(() => toFlowEdges(diagram, selection), [diagram, selection]);
  const handlers = useCanvasHandlers();
  // While a layout moves a large design into place, the light form too: see LayoutState.moving.
  const farZoom = useZoomedOut();
  const layoutMoving = useLayoutState((s) => s.moving);
  const zoomedOut = farZoom || layoutMoving;
  const exposure = useExposure((s) => s.ids);
  const edges = useMemo(() => splitEdges(allEdges, zoomedOut, exposure), [allEdges, zoomedOut, exposure]);
  // Zoomed out, React Flow mounts only the selected nodes and the ends of its edges; NodeOverview draws the rest.
  const live = useMemo(() => (zoomedOut ? endsOf(edges.flow) : undefined), [zoomedOut, edges.flow]);
  const nodes = useMemo(() => toFlowNodes(diagram, selection, live), [diagram, selection, live]);

  return (
    <div className={`relative h-full w-full ${zoomedOut ? 'zoomed-out' : ''}`} data-testid="canvas" onDragOver={handlers.onDragOver} onDrop={handlers.onDrop}>
      <EdgeMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges.flow}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStop={handlers.onNodeDragStop}
        onConnect={handlers.onConnect}
        onConnectEnd={handlers.onConnectEnd}
        connectionMode={ConnectionMode.Loose}
        zIndexMode="manual"
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionOnDrag
        panOnDrag={[1, 2]}
        panActivationKeyCode="Space"
        selectNodesOnDrag={false}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.05}
        maxZoom={3}
        fitView
        fitViewOptions={FIT_ON_OPEN}
        proOptions={PRO_OPTIONS}
        colorMode="system"
        onlyRenderVisibleElements
        zoomOnDoubleClick={false}
        aria-label="Diagram canvas"
      >
        {zoomedOut ? <NodeOverview /> : null}
        {zoomedOut ? <EdgeOverview edges={edges.overview} /> : null}
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} position="bottom-left">
          <ZoomLevel />
        </Controls>
        {/* Zoomed out, the canvas is itself the overview (and React Flow's minimap would show only the mounted nodes). */}
        {zoomedOut ? null : <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" />}
      </ReactFlow>
      {handlers.kindChoice !== undefined ? <KindMenu choice={handlers.kindChoice} onChoose={handlers.chooseKind} /> : null}
    </div>
  );
}
