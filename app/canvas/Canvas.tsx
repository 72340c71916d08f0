/**
 * The drawing surface: React Flow in controlled mode, fed from the store
 * through the adapter. Deletion and shortcuts are the editor's own
 * (useShortcuts), so every edit goes through undo the same way.
 */
import { Background, BackgroundVariant, ConnectionMode, Controls, ReactFlow, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../store/editorStore';
import { useExposure } from '../findings/exposurePath';
import { useLayoutState } from '../layout/layoutRunner';
import { endsOf, splitEdges } from './edgeLevels';
import { MAX_ZOOM, MIN_ZOOM, openingViewport } from './openingViewport';
import { pendingViewportRequest } from '../library/viewportRequest';
import type { Viewport } from '../../src/model/types';
import { NodeOverview } from './overview/NodeOverview';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { EdgeOverview } from './edges/EdgeOverview';
import { MovingLinesLayer } from './edges/MovingLinesLayer';
import { PanLines } from './edges/PanLines';
import { usePanLines } from './edges/usePanLines';
import { toFlowEdges, toFlowNodes } from './flowAdapter';
import { KindMenu } from './KindMenu';
import { DiagramMiniMap } from './minimap/DiagramMiniMap';
import { SelectionListenerOff } from './SelectionListenerOff';
import { ZoomLevel } from './ZoomLevel';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useZoomedOut, ZOOMED_OUT_BELOW } from './useZoomedOut';
import { iconUrlsOf } from './icons';
import { haveIconBitmaps, prepareIconBitmaps } from './overview/iconBitmaps';

const SNAP_GRID: [number, number] = [8, 8];
/** Longest the canvas waits for the overview's icon bitmaps before opening with the SVG icons. */
const ICON_WAIT_MS = 250;
const PRO_OPTIONS = { hideAttribution: true };
/*
 * Arrays React Flow keeps in effect dependencies: written inline, each render of the canvas (every step of
 * a drag) made new ones, and React Flow took them off and put back its pan and zoom listeners (d3's, on the
 * pane) and its key listeners each time: some 0.5 ms a step, traced.
 */
const PAN_ON_DRAG = [1, 2];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
/** From this many edges, the lines are drawn on a canvas while the pane is dragged: see usePanLines. */
const LINES_ON_CANVAS_FROM = 250;
/** The controls' child, made once, so React Flow's memoized Controls do not render again with the canvas. */
const ZOOM_LEVEL = <ZoomLevel />;

export function Canvas() {
  // React Flow mounts once the canvas's size is known, at the view it opens to (see openingViewport).
  const box = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<Viewport | undefined>();
  const flowStore = useStoreApi();
  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    const opened = useEditor.getState().diagram;
    const view = openingViewport(opened, pendingViewportRequest(), rect?.width ?? 0, rect?.height ?? 0);
    // React Flow's store has the view before its first render, so that render culls, and picks the zoom level, for it.
    flowStore.setState({ transform: [view.x, view.y, view.zoom] });
    if (view.zoom >= ZOOMED_OUT_BELOW && !useLayoutState.getState().moving) {
      setOpening(view);
      return;
    }
    // Opening in the light form, the overview draws every node's icon: first their bitmaps are made (a few
    // ms), or the first paint would replay each SVG icon, 110-140 ms at 1,000 nodes (see iconBitmaps).
    // At start-up they are made before the first render (prepareToOpen), so the canvas opens in this task.
    const icons = iconUrlsOf(opened.nodes);
    if (haveIconBitmaps(icons)) {
      setOpening(view);
      return;
    }
    let live = true;
    const open = () => live && setOpening(view);
    void prepareIconBitmaps(icons).then(open);
    const atMost = setTimeout(open, ICON_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(atMost);
    };
  }, [flowStore]);
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
  const pan = usePanLines(edges.flow, exposure, !zoomedOut && diagram.edges.length >= LINES_ON_CANVAS_FROM);

  return (
    <div ref={box} className={`relative h-full w-full ${zoomedOut ? 'zoomed-out' : ''}`} data-testid="canvas" onDragOver={handlers.onDragOver} onDrop={handlers.onDrop}>
      <EdgeMarkers />
      {opening === undefined ? null : <ReactFlow
        defaultViewport={opening}
        nodes={nodes}
        edges={pan.flow}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStart={handlers.onNodeDragStart}
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
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionOnDrag
        panOnDrag={PAN_ON_DRAG}
        panActivationKeyCode="Space"
        selectNodesOnDrag={false}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        proOptions={PRO_OPTIONS}
        colorMode="system"
        onlyRenderVisibleElements
        zoomOnDoubleClick={false}
        aria-label="Diagram canvas"
      >
        <SelectionListenerOff />
        {zoomedOut ? <NodeOverview /> : null}
        {zoomedOut ? <EdgeOverview edges={edges.overview} /> : null}
        {pan.lines !== undefined ? <PanLines edges={pan.lines} /> : null}
        <MovingLinesLayer />
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} position="bottom-left">
          {ZOOM_LEVEL}
        </Controls>
        {/* Zoomed out, the canvas is itself the overview. */}
        {zoomedOut ? null : <DiagramMiniMap label="Minimap" />}
      </ReactFlow>}
      {handlers.kindChoice !== undefined ? <KindMenu choice={handlers.kindChoice} onChoose={handlers.chooseKind} /> : null}
    </div>
  );
}
