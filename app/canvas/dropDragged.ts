/**
 * The end of a drag, whoever ran it (React Flow for mounted nodes, the
 * overview layer for the nodes it draws): the gesture becomes one undo step,
 * and each moved node whose centre now lies in another container is
 * re-parented there, or the whole drag is refused with a hint when the
 * catalog forbids that parent.
 */
import type { NodeType } from '../../src/catalog/kinds';
import { absoluteRect, centerOf, lookupOf } from '../../src/model/geometry';
import { parentAllowed, reparentNode } from '../../src/model/structureEdits';
import { endGesture, gestureActive } from '../store/editorActions';
import { refuseDrop } from '../store/elementActions';
import { containerAt } from './dropTarget';

export function dropDragged(dragged: readonly string[]): void {
  if (!gestureActive()) return;
  let refused: { type: NodeType; parentType: NodeType | undefined } | undefined;
  endGesture((diagram, start) => {
    let next = diagram;
    for (const id of dragged) {
      const lookup = lookupOf(next);
      const node = lookup(id);
      if (node === undefined) continue;
      // Children dragged along with their container keep their parent.
      if (node.parent !== undefined && dragged.includes(node.parent)) continue;
      const center = centerOf(absoluteRect(node, lookup));
      const target = containerAt(next, center, id);
      if (target?.id === node.parent) continue;
      if (!parentAllowed(node.type, target)) {
        // Dropped where it may not sit: leave it in its container, where it was.
        refused = { type: node.type, parentType: target?.type };
        return start;
      }
      next = reparentNode(next, id, target?.id) ?? next;
    }
    return next;
  });
  if (refused !== undefined) refuseDrop(refused.type, refused.parentType);
}
