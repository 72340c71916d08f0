/**
 * The one place where the diagram meets React Flow. Diagram nodes and edges
 * become React Flow nodes and edges with the same ids; positions stay
 * relative to the parent (React Flow's `parentId` uses the same convention).
 * Objects are cached per diagram object and selection flag, so an edit that
 * touches one node hands React Flow one new object and the memoised node
 * components of the other 999 do not re-render.
 */
import type { Edge, Node } from '@xyflow/react';
import { nodeProps } from '../../src/catalog/resolveProps';
import { isContainerType, nodeSize, RESOURCE_SIZE } from '../../src/model/geometry';
import { sortParentsFirst } from '../../src/model/structureEdits';
import type { Diagram, DiagramEdge, DiagramNode } from '../../src/model/types';

export type ResourceFlowNode = Node<{ node: DiagramNode }, 'resource'>;
export type ContainerFlowNode = Node<{ node: DiagramNode; public: boolean }, 'container'>;
export type DiagramFlowNode = ResourceFlowNode | ContainerFlowNode;
export type DiagramFlowEdge = Edge<{ edge: DiagramEdge }, 'diagram'>;

const nodeCache = new WeakMap<DiagramNode, { selected?: DiagramFlowNode; plain?: DiagramFlowNode }>();
const edgeCache = new WeakMap<DiagramEdge, { selected?: DiagramFlowEdge; plain?: DiagramFlowEdge }>();

function toFlowNode(node: DiagramNode, selected: boolean, fallback: { x: number; y: number } | undefined): DiagramFlowNode {
  const position = node.position ?? fallback ?? { x: 0, y: 0 };
  const base = {
    id: node.id,
    position,
    selected,
    ...(node.parent === undefined ? {} : { parentId: node.parent }),
  };
  if (isContainerType(node.type)) {
    const size = nodeSize(node);
    const isPublic = node.type === 'subnet' && nodeProps(node as DiagramNode & { type: 'subnet' }).public;
    return {
      ...base,
      type: 'container',
      data: { node, public: isPublic },
      width: size.width,
      height: size.height,
      // Containers sit under their children and under edges.
      zIndex: node.type === 'vpc' ? -2 : -1,
    };
  }
  // Above edges (1), so a node's handles and badge are never under an edge's hit area.
  return { ...base, type: 'resource', data: { node }, width: RESOURCE_SIZE.width, height: RESOURCE_SIZE.height, zIndex: 2 };
}

/**
 * Nodes without a position (a hand-written file) get a provisional grid
 * place inside their parent until automatic layout arranges them.
 */
function fallbackPositions(nodes: readonly DiagramNode[]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const countPerParent = new Map<string, number>();
  for (const n of nodes) {
    if (n.position !== undefined) continue;
    const key = n.parent ?? '';
    const i = countPerParent.get(key) ?? 0;
    countPerParent.set(key, i + 1);
    const cols = n.parent === undefined ? 6 : 3;
    out.set(n.id, { x: 24 + (i % cols) * (RESOURCE_SIZE.width + 40), y: 48 + Math.floor(i / cols) * (RESOURCE_SIZE.height + 40) });
  }
  return out;
}

let orderCache: { nodes: readonly DiagramNode[]; sorted: DiagramNode[] } | undefined;

export function toFlowNodes(diagram: Diagram, selection: ReadonlySet<string>): DiagramFlowNode[] {
  // Sorting is only needed when the node list itself changed.
  if (orderCache === undefined || orderCache.nodes !== diagram.nodes) {
    orderCache = { nodes: diagram.nodes, sorted: sortParentsFirst(diagram.nodes) };
  }
  const fallback = diagram.nodes.some((n) => n.position === undefined) ? fallbackPositions(diagram.nodes) : undefined;
  return orderCache.sorted.map((node) => {
    const selected = selection.has(node.id);
    const slot = fallback?.has(node.id) ? undefined : nodeCache.get(node);
    const hit = selected ? slot?.selected : slot?.plain;
    if (hit !== undefined) return hit;
    const made = toFlowNode(node, selected, fallback?.get(node.id));
    if (fallback?.has(node.id) !== true) {
      const entry = slot ?? {};
      if (selected) entry.selected = made;
      else entry.plain = made;
      nodeCache.set(node, entry);
    }
    return made;
  });
}

export function toFlowEdges(diagram: Diagram, selection: ReadonlySet<string>): DiagramFlowEdge[] {
  return diagram.edges.map((edge) => {
    const selected = selection.has(edge.id);
    const slot = edgeCache.get(edge);
    const hit = selected ? slot?.selected : slot?.plain;
    if (hit !== undefined) return hit;
    const made: DiagramFlowEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'diagram',
      data: { edge },
      selected,
      // Edges above containers, below nothing else.
      zIndex: 1,
    };
    const entry = slot ?? {};
    if (selected) entry.selected = made;
    else entry.plain = made;
    edgeCache.set(edge, entry);
    return made;
  });
}
