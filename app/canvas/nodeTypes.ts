/** Declared at module scope so React Flow never sees a new object and remounts every node. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DiagramEdge } from './edges/DiagramEdge';
import { ContainerNode } from './nodes/ContainerNode';
import { ResourceNode } from './nodes/ResourceNode';

export const NODE_TYPES: NodeTypes = { resource: ResourceNode, container: ContainerNode };
export const EDGE_TYPES: EdgeTypes = { diagram: DiagramEdge };
