/**
 * Everything that changes the editor's state goes through here, so undo,
 * read-only mode and selection clean-up are handled in one place. Edits are
 * the pure functions of src/model; this file only sequences them.
 */
import type { Diagram } from '../../src/model/types';
import { EMPTY_DIAGRAM, history, useEditor, type Hint } from './editorStore';

let hintSerial = 0;

/** Applies one edit as one undo step. Ignored in read-only mode. Returns whether it applied. */
export function applyEdit(edit: (diagram: Diagram) => Diagram, selection?: readonly string[]): boolean {
  const state = useEditor.getState();
  if (state.readOnly) {
    showHint('This diagram is open for review: make a copy to edit it.', 'warning');
    return false;
  }
  const next = edit(state.diagram);
  if (next === state.diagram) {
    if (selection !== undefined) setSelection(selection);
    return false;
  }
  useEditor.setState({ diagram: next, selection: pruneSelection(next, selection ?? state.selection) });
  return true;
}

export function setSelection(ids: readonly string[]): void {
  const current = useEditor.getState().selection;
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  // Not an undo step: the history's equality only compares `diagram`.
  useEditor.setState({ selection: ids });
}

/** Opens a diagram as a fresh document: its own undo history, nothing selected. */
export function loadDiagram(diagram: Diagram, options: { documentId?: string; readOnly?: boolean } = {}): void {
  history().pause();
  useEditor.setState({
    diagram,
    selection: [],
    documentId: options.documentId,
    readOnly: options.readOnly ?? false,
    hint: undefined,
  });
  history().clear();
  history().resume();
}

export function newDiagram(documentId: string): void {
  loadDiagram(EMPTY_DIAGRAM, { documentId });
}

export function undo(): void {
  if (useEditor.getState().readOnly) return;
  settleGesture();
  history().undo();
  const state = useEditor.getState();
  setSelection(pruneSelection(state.diagram, state.selection));
}

export function redo(): void {
  if (useEditor.getState().readOnly) return;
  settleGesture();
  history().redo();
  const state = useEditor.getState();
  setSelection(pruneSelection(state.diagram, state.selection));
}

export function showHint(text: string, tone: Hint['tone'] = 'info'): void {
  useEditor.setState({ hint: { text, tone, serial: ++hintSerial } });
}

export function clearHint(): void {
  useEditor.setState({ hint: undefined });
}

/**
 * A gesture (a drag) updates the diagram many times but is one undo step:
 * history is paused while it runs, and at the end the state before it is
 * recorded once.
 */
let gestureStart: Diagram | undefined;
/** How the running gesture's owner finishes it early (beginGesture's onInterrupt). */
let interruptGesture: (() => void) | undefined;

/**
 * `onInterrupt`: how the gesture's owner finishes it early (see settleGesture); an animation stops and
 * ends the gesture at its goal. Without one, an interrupted gesture ends where it is.
 */
export function beginGesture(onInterrupt?: () => void): void {
  if (gestureStart !== undefined || useEditor.getState().readOnly) return;
  gestureStart = useEditor.getState().diagram;
  interruptGesture = onInterrupt;
  history().pause();
}

/** Updates during a gesture (not recorded). */
export function gestureUpdate(edit: (diagram: Diagram) => Diagram): void {
  const state = useEditor.getState();
  if (state.readOnly) return;
  const next = edit(state.diagram);
  if (next !== state.diagram) useEditor.setState({ diagram: next });
}

/**
 * Ends the gesture; `finish` may apply a last edit (a re-parent on drop) or
 * return `start` to cancel the whole gesture.
 */
export function endGesture(finish?: (current: Diagram, start: Diagram) => Diagram): void {
  const start = gestureStart;
  gestureStart = undefined;
  interruptGesture = undefined;
  if (start === undefined) return;
  const state = useEditor.getState();
  const end = finish ? finish(state.diagram, start) : state.diagram;
  // Rewind silently to the start, then record the whole gesture as one step.
  useEditor.setState({ diagram: start });
  history().resume();
  if (end !== start) useEditor.setState({ diagram: end, selection: pruneSelection(end, state.selection) });
}

export function gestureActive(): boolean {
  return gestureStart !== undefined;
}

/**
 * Undo or redo during a gesture (a layout still animating into place, a drag with the button held) first
 * ends the gesture, recorded as its own step: undoing then takes back the gesture, not the step before it
 * with the gesture carrying on over the result.
 */
function settleGesture(): void {
  if (gestureStart === undefined) return;
  interruptGesture?.();
  if (gestureStart !== undefined) endGesture();
}

function pruneSelection(diagram: Diagram, selection: readonly string[]): readonly string[] {
  if (selection.length === 0) return selection;
  const alive = new Set<string>();
  for (const n of diagram.nodes) alive.add(n.id);
  for (const e of diagram.edges) alive.add(e.id);
  const kept = selection.filter((id) => alive.has(id));
  return kept.length === selection.length ? selection : kept;
}
