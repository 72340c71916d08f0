/**
 * Quick fixes that supply a missing companion (a role for an instance, a topic
 * for a database, a log bucket for a cluster) all add one top-level node beside
 * an existing node and join them with an edge. Companions of these types may
 * only sit at top level, so "beside" means beside the source's absolute
 * position: the sum of the positions along its parent chain.
 */
import { NODE_CATALOG } from '../../catalog/nodeCatalog';
import type { EdgeKind, NodeType } from '../../catalog/kinds';
import { addEdge, addNode, freshId, withProps } from '../../model/edits';
import type { Diagram, DiagramNode, Point, PropValue } from '../../model/types';

/** Far enough right of a default-sized node that the companion does not cover it. */
export const COMPANION_OFFSET: Point = { x: 240, y: 0 };

const MAX_LABEL = 200;

export interface Companion {
  readonly type: NodeType;
  /** Appended to the source's name: "Orders DB" + " events". */
  readonly labelSuffix: string;
  /** Appended to the source's id for the new node's id. */
  readonly idSuffix: string;
  readonly props?: Readonly<Record<string, PropValue>>;
  readonly edgeKind: EdgeKind;
}

/**
 * The node's position on the canvas, or undefined when it or any container
 * above it has no position yet (the app lays such nodes out itself, so any
 * guess here would be wrong).
 */
export function absolutePosition(byId: ReadonlyMap<string, DiagramNode>, node: DiagramNode): Point | undefined {
  let x = 0;
  let y = 0;
  let current: DiagramNode | undefined = node;
  // Bounded like GraphIndex.vpcOf: the reader refuses cycles, a bound costs nothing.
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    if (current.position === undefined) return undefined;
    x += current.position.x;
    y += current.position.y;
    if (current.parent === undefined) return { x, y };
    current = byId.get(current.parent);
  }
  return undefined;
}

export function nodeName(node: DiagramNode): string {
  return node.label !== undefined && node.label !== '' ? node.label : NODE_CATALOG[node.type].displayName;
}

/**
 * Adds the companion at top level beside `sourceId` and an edge from the
 * source to it. Returns the new diagram and the companion's id; the diagram
 * is returned unchanged (and the id undefined) when the source is gone.
 */
export function addLinkedNode(
  diagram: Diagram,
  sourceId: string,
  companion: Companion,
): { readonly diagram: Diagram; readonly id: string | undefined } {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n] as const));
  const source = byId.get(sourceId);
  if (source === undefined) return { diagram, id: undefined };
  const at = absolutePosition(byId, source);
  const suffix = companion.labelSuffix;
  const label = `${nodeName(source).slice(0, MAX_LABEL - suffix.length)}${suffix}`;
  const id = freshId(diagram, `${sourceId}${companion.idSuffix}`);
  const added: DiagramNode = {
    id,
    type: companion.type,
    label,
    ...(at === undefined ? {} : { position: { x: at.x + COMPANION_OFFSET.x, y: at.y + COMPANION_OFFSET.y } }),
    ...(companion.props === undefined ? {} : { props: withProps(undefined, companion.props) }),
  };
  let next = addNode(diagram, added);
  next = addEdge(next, {
    id: freshId(next, `${sourceId}-${companion.edgeKind}`),
    kind: companion.edgeKind,
    source: sourceId,
    target: id,
  });
  return { diagram: next, id };
}
