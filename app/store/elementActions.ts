/** Editing actions on nodes and edges, each one undo step, built from the pure edits of src/model. */
import type { EdgeKind, NodeType } from '../../src/catalog/kinds';
import { describeParents, NODE_CATALOG } from '../../src/catalog/nodeCatalog';
import { removeElements, setEdgeProps, setNodeProps, updateEdge, updateNode } from '../../src/model/edits';
import { lookupOf } from '../../src/model/geometry';
import { topMost } from '../../src/model/topMost';
import { addTypedNode, connect, extractFragment, insertFragment, moveNodes, type Fragment } from '../../src/model/structureEdits';
import type { Point, PropValue, Size } from '../../src/model/types';
import { applyEdit, setSelection, showHint } from './editorActions';
import { useEditor } from './editorStore';

export function renameElement(id: string, label: string): void {
  applyEdit((d) => {
    if (d.nodes.some((n) => n.id === id)) return updateNode(d, id, (n) => ({ ...n, label }));
    return updateEdge(d, id, (e) => ({ ...e, label }));
  });
}

export function setNodeNotes(id: string, notes: string): void {
  applyEdit((d) =>
    updateNode(d, id, (n) => {
      if ((n.notes ?? '') === notes) return n;
      const { notes: _old, ...rest } = n;
      return notes === '' ? rest : { ...rest, notes };
    }),
  );
}

export function setEdgeLabel(id: string, label: string): void {
  applyEdit((d) =>
    updateEdge(d, id, (e) => {
      if ((e.label ?? '') === label) return e;
      const { label: _old, ...rest } = e;
      return label === '' ? rest : { ...rest, label };
    }),
  );
}

export function setProp(id: string, key: string, value: PropValue): void {
  applyEdit((d) => {
    if (d.nodes.some((n) => n.id === id)) {
      const node = d.nodes.find((n) => n.id === id)!;
      if (node.props !== undefined && Object.hasOwn(node.props, key) && node.props[key] === value) return d;
      return setNodeProps(d, id, { [key]: value });
    }
    const edge = d.edges.find((e) => e.id === id);
    if (edge === undefined) return d;
    if (edge.props !== undefined && Object.hasOwn(edge.props, key) && edge.props[key] === value) return d;
    return setEdgeProps(d, id, { [key]: value });
  });
}

export function setTitle(title: string): void {
  applyEdit((d) => (d.title === title ? d : { ...d, title }));
}

/** Resizing a container from any side: position and size in one step. */
export function resizeContainer(id: string, position: Point, size: Size): void {
  applyEdit((d) =>
    updateNode(d, id, (n) => ({
      ...n,
      position: { x: Math.round(position.x), y: Math.round(position.y) },
      size: { width: Math.round(size.width), height: Math.round(size.height) },
    })),
  );
}

export function addNodeAt(type: NodeType, position: Point, parent: string | undefined, size?: Size): string | undefined {
  let added: string | undefined;
  const applied = applyEdit((d) => {
    const result = addTypedNode(d, { type, position, ...(parent === undefined ? {} : { parent }), ...(size === undefined ? {} : { size }) });
    added = result.id;
    return result.diagram;
  });
  if (applied && added !== undefined) setSelection([added]);
  return applied ? added : undefined;
}

export function connectNodes(source: string, target: string, kind: EdgeKind): string | undefined {
  let added: string | undefined;
  const applied = applyEdit((d) => {
    const result = connect(d, source, target, kind);
    if (result === undefined) return d;
    added = result.id;
    return result.diagram;
  });
  if (applied && added !== undefined) setSelection([added]);
  return added;
}

export function deleteSelection(): void {
  const { selection } = useEditor.getState();
  if (selection.length === 0) return;
  applyEdit((d) => removeElements(d, selection), []);
}

export function selectAll(): void {
  const d = useEditor.getState().diagram;
  setSelection([...d.nodes.map((n) => n.id), ...d.edges.map((e) => e.id)]);
}

/** Nudge the selected nodes (arrow keys); children move with their container, so only top-most selected nodes move. */
export function nudgeSelection(dx: number, dy: number): void {
  const { selection, diagram } = useEditor.getState();
  const lookup = lookupOf(diagram);
  const moves = new Map<string, Point>();
  for (const id of topMost(diagram, selection)) {
    const pos = lookup(id)?.position ?? { x: 0, y: 0 };
    moves.set(id, { x: pos.x + dx, y: pos.y + dy });
  }
  if (moves.size > 0) applyEdit((d) => moveNodes(d, moves));
}

export function copySelection(): Fragment | undefined {
  const { selection, diagram } = useEditor.getState();
  if (selection.length === 0) return undefined;
  const fragment = extractFragment(diagram, selection);
  return fragment.nodes.length === 0 ? undefined : fragment;
}

/** Paste a fragment, offset so it does not hide the original; into the selected container when one is selected. */
export function pasteFragment(fragment: Fragment, offset: Point = { x: 32, y: 32 }): void {
  const { selection, diagram } = useEditor.getState();
  const lookup = lookupOf(diagram);
  const target = selection.length === 1 ? lookup(selection[0]!) : undefined;
  const into = target !== undefined && NODE_CATALOG[target.type].container ? target.id : undefined;
  let ids: string[] = [];
  const applied = applyEdit((d) => {
    const result = insertFragment(d, fragment, into === undefined ? offset : { x: offset.x, y: offset.y }, into);
    ids = result.ids;
    return result.diagram;
  });
  if (applied) setSelection(ids);
  else if (fragment.nodes.length > 0) showHint('Nothing to paste here: the copied items cannot sit in this container.', 'warning');
}

export function duplicateSelection(): void {
  const fragment = copySelection();
  if (fragment === undefined) return;
  // Anchors put duplicates back into the originals' containers.
  let ids: string[] = [];
  const applied = applyEdit((d) => {
    const result = insertFragment(d, fragment, { x: 24, y: 24 });
    ids = result.ids;
    return result.diagram;
  });
  if (applied) setSelection(ids);
}

/** Explain why a node of `type` cannot go where it was dropped. */
export function refuseDrop(type: NodeType, parentType: NodeType | undefined): void {
  const name = NODE_CATALOG[type].displayName;
  const where = parentType === undefined ? 'at top level' : `in a ${NODE_CATALOG[parentType].displayName}`;
  showHint(`${name} cannot sit ${where}: it may sit ${describeParents(type)}.`, 'warning');
}

