/**
 * The drawing surface: React Flow in controlled mode, fed from the store
 * through the adapter. Deletion and shortcuts are the editor's own
 * (useShortcuts), so every edit goes through undo the same way.
 */
import { Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useEditor } from '../store/editorStore';
import { useExposure } from '../findings/exposurePath';
import { splitEdges } from './edgeLevels';
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
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 };

function minimapColor(node: { type?: string; data?: unknown }): string {
  if (node.type === 'container') return 'rgba(140, 79, 255, 0.12)';
  return '#94a3b8';
}

export function Canvas() {
  const diagram = useEditor((s) => s.diagram);
  const selectionList = useEditor((s) => s.selection);
  const readOnly = useEditor((s) => s.readOnly);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const nodes = useMemo(() => toFlowNodes(diagram, selection), [diagram, selection]);
  const allEdges = useMemo(() => toFlowEdges(diagram, selection), [diagram, selection]);
  const handlers = useCanvasHandlers();
  const zoomedOut = useZoomedOut();
  const exposure = useExposure((s) => s.ids);
  const edges = useMemo(() => splitEdges(allEdges, zoomedOut, exposure), [allEdges, zoomedOut, exposure]);

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
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
        colorMode="system"
        onlyRenderVisibleElements
        zoomOnDoubleClick={false}
        aria-label="Diagram canvas"
      >
        {zoomedOut ? <EdgeOverview edges={edges.overview} /> : null}
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} position="bottom-left">
          <ZoomLevel />
        </Controls>
        <MiniMap pannable zoomable nodeColor={minimapColor} position="bottom-right" ariaLabel="Minimap" />
      </ReactFlow>
      {handlers.kindChoice !== undefined ? <KindMenu choice={handlers.kindChoice} onChoose={handlers.chooseKind} /> : null}
    </div>
  );
}
