/**
 * The shape of most backup/ and ha/ quick fixes: change a prop of the target
 * node, but only while the finding still holds. A fix applied later (say
 * after an undo, or from a stale panel) must not overwrite a value the user
 * has since changed, and the QuickFix contract asks for the same diagram back
 * when there is nothing left to fix.
 */
import type { NodeType } from '../../catalog/kinds';
import type { NodePropsOf } from '../../catalog/nodeCatalog';
import { nodeProps } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import type { Diagram, PropValue } from '../../model/types';
import type { FindingTarget } from '../types';

export function patchNodeIf<T extends NodeType>(
  diagram: Diagram,
  target: FindingTarget,
  type: T,
  patch: (props: NodePropsOf<T>) => Readonly<Record<string, PropValue>> | undefined,
): Diagram {
  if (target.kind !== 'node') return diagram;
  const node = diagram.nodes.find((n) => n.id === target.id);
  if (node === undefined || !isNodeOf(node, type)) return diagram;
  const change = patch(nodeProps(node));
  return change === undefined ? diagram : setNodeProps(diagram, node.id, change);
}
