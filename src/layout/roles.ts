/**
 * Where each kind of node belongs in the left-to-right reading order of an
 * AWS diagram: the Internet and the corporate network first (left, outside
 * every VPC), gateways and public subnets next, then compute, private
 * subnets and data stores, and regional services and identity last (right,
 * outside every VPC). ELK gets the ends as layer constraints; the grid
 * fallback sorts columns by the whole rank.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { NodeType } from '../catalog/kinds';
import type { DiagramNode } from '../model/types';

/** Top-level types ELK pins to the first layer. */
export function isLeftEnd(type: NodeType): boolean {
  return type === 'internet' || type === 'corporate-network';
}

/** Regional services and identity: top-level types ELK pins to the last layer. */
export function isRightEnd(type: NodeType): boolean {
  switch (type) {
    case 's3-bucket':
    case 'sqs-queue':
    case 'sns-topic':
    case 'kinesis-stream':
    case 'iam-role':
    case 'iam-user':
    case 'identity-provider':
      return true;
    default:
      return false;
  }
}

/** Column order for the grid fallback: lower ranks further left. */
export function rankOf(node: DiagramNode): number {
  const type = node.type;
  if (isLeftEnd(type)) return 0;
  if (isRightEnd(type)) return 6;
  switch (type) {
    case 'internet-gateway':
    case 'vpn-gateway':
      return 1;
    case 'nat-gateway':
      return 2;
    case 'subnet':
      return node.props?.['public'] === true ? 2 : 4;
    case 'vpc':
      return 3;
    default:
      return NODE_CATALOG[type].category === 'data' ? 5 : 3;
  }
}
