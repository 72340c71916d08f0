/**
 * Placing a palette item without dragging (Enter, double-click, the "+"
 * button): inside the selected container when exactly one is selected and
 * the catalog allows the type there, otherwise near the centre of the
 * visible canvas. placeNode does the rest: it refuses with a hint where the
 * catalog forbids the type, and selects the new node.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { NodeType } from '../../../src/catalog/kinds';
import { isContainerType, lookupOf } from '../../../src/model/geometry';
import { parentAllowed } from '../../../src/model/structureEdits';
import type { Diagram, DiagramNode } from '../../../src/model/types';
import { placeNode } from '../../canvas/useCanvasHandlers';
import { useEditor } from '../../store/editorStore';
import { freeSpotInside, freeSpotNear } from './freeSpot';

/** The one selected node, when it is a container that may hold `type`. */
function selectedContainerFor(diagram: Diagram, selection: readonly string[], type: NodeType): DiagramNode | undefined {
  if (selection.length !== 1) return undefined;
  const node = lookupOf(diagram)(selection[0]!);
  if (node === undefined || !isContainerType(node.type) || !parentAllowed(type, node)) return undefined;
  return node;
}

export function usePlaceFromPalette(): (type: NodeType) => string | undefined {
  const flow = useReactFlow();
  return useCallback(
    (type: NodeType) => {
      const { diagram, selection } = useEditor.getState();
      const container = selectedContainerFor(diagram, selection, type);
      if (container !== undefined) return placeNode(type, freeSpotInside(diagram, container, type));
      const canvas = document.querySelector('[data-testid="canvas"]');
      if (canvas === null) return placeNode(type, { x: 0, y: 0 });
      const box = canvas.getBoundingClientRect();
      const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
      const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
      const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      const view = { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
      return placeNode(type, freeSpotNear(diagram, centre, view, type));
    },
    [flow],
  );
}
