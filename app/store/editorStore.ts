/**
 * The editor's one store: the diagram being edited (with undo history) and
 * the state around it that is not part of the document (selection, what is
 * loaded, read-only). Undo covers only `diagram`: selection and in-progress
 * drags never become undo steps (a whole drag is one step, see gestures).
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Diagram } from '../../src/model/types';

export interface EditorState {
  readonly diagram: Diagram;
  /** Ids of selected nodes and edges. */
  readonly selection: readonly string[];
  /** The library entry being edited (undefined for a shared link not yet saved). */
  readonly documentId: string | undefined;
  readonly readOnly: boolean;
  /** A short message for the status area (a refused drop, say). */
  readonly hint: Hint | undefined;
}

export interface Hint {
  readonly text: string;
  readonly tone: 'info' | 'warning' | 'error';
  /** Bumped on every hint so the same text shown twice re-announces. */
  readonly serial: number;
}

export const EMPTY_DIAGRAM: Diagram = { format: 'ramparts-diagram', version: 1, title: 'Untitled diagram', nodes: [], edges: [] };

export const useEditor = create<EditorState>()(
  temporal(
    (): EditorState => ({
      diagram: EMPTY_DIAGRAM,
      selection: [],
      documentId: undefined,
      readOnly: false,
      hint: undefined,
    }),
    {
      partialize: (state) => ({ diagram: state.diagram }),
      equality: (past, current) => past.diagram === current.diagram,
      limit: 200,
    },
  ),
);

export const history = () => useEditor.temporal.getState();
