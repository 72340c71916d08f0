/**
 * Two tabs on the same diagram never silently overwrite each other. When
 * another tab saves a revision of the document open here, this tab reloads it
 * quietly if it has no unsaved edits (keeping its own viewport and what
 * survives of the selection); with unsaved edits it parks them and asks:
 * load their version, or keep mine as a copy. The library's write guard
 * (saveDocument's base revision) catches what a missed message would not.
 */
import { useEffect } from 'react';
import { readDiagramText } from '../../src/format/readDiagram';
import { writeDiagram } from '../../src/format/writeDiagram';
import { MAX_TITLE } from '../../src/format/limits';
import { loadDiagram, setSelection, showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { applyStored, discardPending, hasUnsavedEdit, localVersion, onStale, raiseConflict, revisionOf, titleOf } from './autosave';
import { newDocumentId } from './documentIds';
import { onLibraryMessage } from './libraryChannel';
import { enqueue, getDocument, saveDocument } from './libraryDb';
import { libraryChanged, useSaveStore } from './saveStatus';
import { viewportOf } from './viewportTracking';

/** Listens to the other tabs for as long as the editor is mounted. */
export function useTabSync(): void {
  useEffect(() => {
    const stopMessages = onLibraryMessage((message) => {
      libraryChanged();
      const { documentId, readOnly } = useEditor.getState();
      if (message.kind !== 'saved' || message.id !== documentId || readOnly) return;
      const known = revisionOf(message.id);
      if (known !== undefined && message.updatedAt <= known) return; // this revision, or an older one, is already here
      if (useSaveStore.getState().conflict?.id === message.id) return; // already asking; "Load their version" reads the newest
      if (hasUnsavedEdit(message.id)) raiseConflict(message.id);
      else void reloadStored(message.id);
    });
    const stopStale = onStale((id) => void reloadStored(id));
    return () => {
      stopMessages();
      stopStale();
    };
  }, []);
}

/** "Load their version": this tab's unsaved edits of the document are dropped for the stored one. */
export async function loadTheirVersion(): Promise<void> {
  const conflict = useSaveStore.getState().conflict;
  if (conflict === undefined) return;
  discardPending(conflict.id);
  if (useEditor.getState().documentId === conflict.id) await reloadStored(conflict.id);
}

/** "Keep mine (save as a copy)": this tab's version becomes a new document; theirs stays as it is. */
export async function keepMineAsCopy(): Promise<void> {
  const conflict = useSaveStore.getState().conflict;
  if (conflict === undefined) return;
  const mine = localVersion(conflict.id);
  const wasOpen = useEditor.getState().documentId === conflict.id;
  discardPending(conflict.id);
  if (mine === undefined) return;
  const title = `${titleOf(mine)} (my copy)`.slice(0, MAX_TITLE);
  const copy = { ...mine, title };
  const id = newDocumentId();
  if (wasOpen) {
    // Opening it stores it (autosave registers a new document) and later edits go to the copy.
    const { selection } = useEditor.getState();
    loadDiagram(copy, { documentId: id });
    setSelection(selection);
  } else {
    try {
      await enqueue(() => saveDocument({ id, title, json: writeDiagram(copy), edited: true, lastOpened: false }));
    } catch {
      showHint(`Your version of “${conflict.title}” could not be stored: use Download JSON to keep it.`, 'error');
      return;
    }
    libraryChanged();
  }
  showHint(`Your version is saved as “${title}”; the other tab's stays as “${conflict.title}”.`, 'info');
}

/** Replaces the open document with its stored revision, keeping this tab's view of it. */
async function reloadStored(id: string): Promise<void> {
  let record;
  try {
    // After this tab's own queued writes, so it reads the newest revision.
    record = await enqueue(() => getDocument(id));
  } catch {
    return; // storage unreadable: the banner or hint about it is already up
  }
  const state = useEditor.getState();
  if (record === undefined || state.documentId !== id || state.readOnly) return;
  if (hasUnsavedEdit(id)) {
    // An edit was made while reading: it must not be replaced silently.
    if (record.updatedAt !== revisionOf(id)) raiseConflict(id);
    return;
  }
  const read = readDiagramText(record.json);
  if (!read.ok) {
    showHint(`Another tab saved “${record.title}” in a form this tab cannot read: ${read.errors[0] ?? 'unknown error'}.`, 'error');
    return;
  }
  const viewport = viewportOf(id) ?? state.diagram.viewport;
  const diagram = viewport === undefined ? read.diagram : { ...read.diagram, viewport };
  const alive = new Set([...diagram.nodes.map((n) => n.id), ...diagram.edges.map((e) => e.id)]);
  const selection = state.selection.filter((s) => alive.has(s));
  applyStored(id, record.updatedAt, () => {
    loadDiagram(diagram, { documentId: id });
    setSelection(selection);
  });
}
