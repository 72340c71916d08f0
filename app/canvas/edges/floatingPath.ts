/**
 * A React Flow node's box for floating edges (src/model/edgeGeometry draws
 * them between node borders, the same way the exports do).
 */
import type { InternalNode } from '@xyflow/react';
import { inkBox, type EdgeBox } from '../../../src/model/edgeGeometry';

export function boxOf(node: InternalNode): EdgeBox {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return inkBox({ x, y, width, height }, node.type === 'resource');
}
