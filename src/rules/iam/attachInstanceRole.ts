/**
 * The one remedy shared by the compute credential rules: software on the
 * instance gets temporary credentials from a role through its instance
 * profile. Switching `credentials` alone would only trade one finding for
 * iam/instance-role-attached, so the role and its assume edge come too.
 */
import { COMPUTE_TYPES } from '../../catalog/kinds';
import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import type { Diagram } from '../../model/types';
import { addLinkedNode } from './addLinkedNode';

/**
 * Sets the compute node's credentials to instance-role and, when it assumes no
 * role yet, adds an IAM role ("<name> role") beside it with an assume edge.
 * Unchanged when the node is gone or is not a compute node.
 */
export function attachInstanceRole(diagram: Diagram, instanceId: string): Diagram {
  const instance = diagram.nodes.find((n) => n.id === instanceId);
  if (instance === undefined || !isNodeOf(instance, ...COMPUTE_TYPES)) return diagram;
  let next = diagram;
  if (nodeProp(instance, 'credentials') !== 'instance-role') {
    next = setNodeProps(next, instanceId, { credentials: 'instance-role' });
  }
  const assumesRole = next.edges.some((e) => e.kind === 'assume' && e.source === instanceId);
  if (!assumesRole) {
    next = addLinkedNode(next, instanceId, {
      type: 'iam-role',
      labelSuffix: ' role',
      idSuffix: '-role',
      edgeKind: 'assume',
    }).diagram;
  }
  return next;
}
