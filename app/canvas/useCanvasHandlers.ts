/**
 * React Flow events mapped onto store actions: moves (one undo step per
 * drag, re-parenting on drop), selection, connections (picking the edge
 * kind from the catalog) and drops from the palette.
 */
import { useReactFlow, type Connection, type FinalConnectionState, type NodeChange, type EdgeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { kindsBetween } from '../../src/catalog/edgeCatalog';
import { isNodeType, type EdgeKind, type NodeType } from '../../src/catalog/kinds';
import { NODE_CATALOG } from '../../src/catalog/nodeCatalog';
import { absolutePosition, absoluteRect, lookupOf, RESOURCE_SIZE, DEFAULT_CONTAINER_SIZE, isContainerType } from '../../src/model/geometry';
import { moveNodes, parentAllowed } from '../../src/model/structureEdits';
import type { Diagram, Point, Size } from '../../src/model/types';
import { updateNode } from '../../src/model/edits';
import { beginGesture, endGesture, gestureActive, gestureUpdate, setSelection, showHint } from '../store/editorActions';
import { dropDragged } from './dropDragged';
import { useEditor } from '../store/editorStore';
import { addNodeAt, connectNodes, refuseDrop } from '../store/elementActions';
import { containerAt } from './dropTarget';
import { startMoving, stopMoving } from './edges/movingLines';
import { withDescendants } from '../../src/model/withDescendants';

export const PALETTE_MIME = 'application/x-ramparts-node-type';

export interface KindChoice {
  readonly source: string;
  readonly target: string;
  readonly kinds: readonly EdgeKind[];
  readonly at: Point;
}

export function useCanvasHandlers() {
  const flow = useReactFlow();
  const [kindChoice, setKindChoice] = useState<KindChoice | undefined>();

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const moves = new Map<string, Point>();
    const sizes = new Map<string, Size>();
    let selectionChanged = false;
    let resizeEnded = false;
    for (const change of changes) {
      if (change.type === 'position' && change.position !== undefined) {
        moves.set(change.id, { x: Math.round(change.position.x), y: Math.round(change.position.y) });
      } else if (change.type === 'dimensions' && change.setAttributes === true && change.dimensions !== undefined) {
        // A container being resized with its handles (measurements alone are ignored).
        sizes.set(change.id, { width: Math.round(change.dimensions.width), height: Math.round(change.dimensions.height) });
        if (change.resizing === false) resizeEnded = true;
      } else if (change.type === 'dimensions' && change.resizing === false) {
        resizeEnded = true;
      } else if (change.type === 'select') selectionChanged = true;
    }
    if (moves.size > 0 || sizes.size > 0) {
      if (!gestureActive()) beginGesture();
      gestureUpdate((d) => resizeNodes(moveNodes(d, moves), sizes));
    }
    if (resizeEnded && gestureActive()) endGesture();
    if (selectionChanged) {
      const state = useEditor.getState();
      const selected = new Set(state.selection);
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      setSelection([...selected]);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    if (!changes.some((c) => c.type === 'select')) return;
    const selected = new Set(useEditor.getState().selection);
    for (const change of changes) {
      if (change.type !== 'select') continue;
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
    setSelection([...selected]);
  }, []);

  /** A drag began: the lines of the edges it moves go to their own layer (movingLines says why). */
  const onNodeDragStart = useCallback((_: unknown, __: unknown, dragged: { id: string }[]) => {
    startMoving(withDescendants(useEditor.getState().diagram, dragged.map((d) => d.id)));
  }, []);

  /** A drag ended: re-parent each moved node whose centre now lies in another container. */
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: { id: string }[]) => {
    stopMoving();
    dropDragged(dragged.map((d) => d.id));
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      const { diagram, readOnly } = useEditor.getState();
      if (readOnly) return;
      const lookup = lookupOf(diagram);
      const source = lookup(connection.source);
      const target = lookup(connection.target);
      if (source === undefined || target === undefined || source.id === target.id) return;
      const kinds = kindsBetween(source.type, target.type);
      if (kinds.length === 0) {
        showHint(`No connection fits ${NODE_CATALOG[source.type].displayName} → ${NODE_CATALOG[target.type].displayName}: the catalog allows none between these types.`, 'warning');
        return;
      }
      if (kinds.length === 1) {
        connectNodes(source.id, target.id, kinds[0]!);
        return;
      }
      const rect = absoluteRect(target, lookup);
      const at = flow.flowToScreenPosition({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
      setKindChoice({ source: source.id, target: target.id, kinds, at });
    },
    [flow],
  );

  /**
   * React Flow connects only when the pointer is released on a handle; people
   * drop on the node itself, so a release anywhere over a resource node
   * connects to it too.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid === true || state.fromNode === null) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (point === undefined) return;
      const element = document.elementFromPoint(point.clientX, point.clientY);
      const nodeElement = element?.closest('.react-flow__node-resource');
      const targetId = nodeElement?.getAttribute('data-id');
      if (targetId === null || targetId === undefined || targetId === state.fromNode.id) return;
      onConnect({ source: state.fromNode.id, target: targetId, sourceHandle: null, targetHandle: null });
    },
    [onConnect],
  );

  const chooseKind = useCallback((kind: EdgeKind | undefined) => {
    setKindChoice((choice) => {
      if (choice !== undefined && kind !== undefined) connectNodes(choice.source, choice.target, kind);
      return undefined;
    });
  }, []);

  const onDragOver = useCallback((event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: React.DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeType(type)) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      placeNode(type, point);
    },
    [flow],
  );

  return { onNodesChange, onEdgesChange, onNodeDragStart, onNodeDragStop, onConnect, onConnectEnd, onDragOver, onDrop, kindChoice, chooseKind };
}

function resizeNodes(diagram: Diagram, sizes: ReadonlyMap<string, Size>): Diagram {
  let next = diagram;
  for (const [id, size] of sizes) {
    next = updateNode(next, id, (n) => (n.size?.width === size.width && n.size.height === size.height ? n : { ...n, size }));
  }
  return next;
}

/**
 * Places a new node centred on `point` (flow coordinates), inside the
 * container there when the catalog allows it, refusing with a hint when not.
 */
export function placeNode(type: NodeType, point: Point): string | undefined {
  const { diagram, readOnly } = useEditor.getState();
  if (readOnly) {
    showHint('This diagram is open for review: make a copy to edit it.', 'warning');
    return undefined;
  }
  const container = containerAt(diagram, point);
  if (!parentAllowed(type, container)) {
    refuseDrop(type, container?.type);
    return undefined;
  }
  const size = isContainerType(type) ? DEFAULT_CONTAINER_SIZE[type] : RESOURCE_SIZE;
  const lookup = lookupOf(diagram);
  const origin = container === undefined ? { x: 0, y: 0 } : absolutePosition(container, lookup);
  return addNodeAt(type, { x: point.x - size.width / 2 - origin.x, y: point.y - size.height / 2 - origin.y }, container?.id, isContainerType(type) ? size : undefined);
}
