/**
 * "Save a copy to my diagrams" (and "Edit a copy" from review mode): the
 * shared diagram, with any edits, becomes a new library document, editable,
 * and the link leaves the address so a reload opens the copy, not the link.
 */
import { loadDiagram, showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { flushSave, titleOf } from '../library/autosave';
import { newDocumentId } from '../library/documentIds';
import { setSharedView } from './sharedView';

export async function saveSharedCopy(): Promise<void> {
  const { diagram, documentId } = useEditor.getState();
  if (documentId !== undefined) return;
  await flushSave();
  // Autosave stores a document it has not seen the moment it is opened.
  loadDiagram(diagram, { documentId: newDocumentId() });
  await flushSave();
  setSharedView(undefined);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  showHint(`Saved “${titleOf(diagram)}” to your diagrams.`, 'info');
}
