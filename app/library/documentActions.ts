/**
 * What a person does with library documents: new, new from template, open,
 * rename, duplicate, delete. Every switch writes the open document's pending
 * change first, so nothing is lost and nothing lands in the wrong document.
 */
import { readDiagramText } from '../../src/format/readDiagram';
import { writeDiagram } from '../../src/format/writeDiagram';
import { MAX_TITLE } from '../../src/format/limits';
import type { Diagram } from '../../src/model/types';
import { DEFAULT_TEMPLATE_ID, TEMPLATES, templateById, type Template } from '../../src/templates';
import { loadDiagram, showHint } from '../store/editorActions';
import { EMPTY_DIAGRAM, useEditor } from '../store/editorStore';
import { setTitle } from '../store/elementActions';
import { openDialog } from '../store/uiStore';
import { discardPending, flushSave, keepOriginalUntilEdit, titleOf, UNTITLED } from './autosave';
import { newDocumentId } from './documentIds';
import { deleteDocument as deleteRecord, enqueue, getDocument, listDocuments, putDocument, type DocumentRecord } from './libraryDb';
import { libraryChanged } from './saveStatus';
import { requestViewport } from './viewportRequest';

export function openLibrary(): void {
  openDialog('library');
}

/** Opens a new, empty "Untitled diagram"; it is stored at once so it shows in the library. */
export async function newDocument(): Promise<void> {
  await flushSave();
  loadDiagram(EMPTY_DIAGRAM, { documentId: newDocumentId() });
  await flushSave();
}

/** Opens a template as a new document; an untouched empty document is reused rather than left behind. */
export async function newFromTemplate(templateId: string): Promise<void> {
  const template = templateById(templateId);
  if (template === undefined) {
    showHint('That template is not available.', 'warning');
    return;
  }
  const diagram = templateDiagram(template);
  const state = useEditor.getState();
  if (state.documentId !== undefined && !state.readOnly && isBlank(state.diagram)) {
    // Same document, new content: autosave treats it as an edit of the blank one.
    loadDiagram(diagram, { documentId: state.documentId });
    requestViewport(state.documentId, undefined);
  } else {
    await flushSave();
    loadDiagram(diagram, { documentId: newDocumentId() });
  }
  await flushSave();
}

/** The diagram of the template started from on first run. */
export function defaultTemplateDiagram(): Diagram {
  const template = templateById(DEFAULT_TEMPLATE_ID) ?? TEMPLATES[0];
  return template === undefined ? EMPTY_DIAGRAM : templateDiagram(template);
}

/** Reads a stored document; the reason when it no longer reads. */
export function readRecord(record: DocumentRecord): { ok: true; diagram: Diagram } | { ok: false; reason: string } {
  const result = readDiagramText(record.json);
  if (result.ok) {
    // An older-version file stays as it is in the library until the person edits it.
    if (result.migratedFrom !== undefined) keepOriginalUntilEdit(record.id);
    return { ok: true, diagram: result.diagram };
  }
  return { ok: false, reason: result.errors[0] ?? 'it could not be read' };
}

/** Opens a library document; returns whether it opened. */
export async function openDocument(id: string): Promise<boolean> {
  if (useEditor.getState().documentId === id) return true;
  try {
    await flushSave();
    const record = await getDocument(id);
    if (record === undefined) {
      showHint('That diagram is no longer in your library.', 'warning');
      return false;
    }
    const read = readRecord(record);
    if (!read.ok) {
      showHint(`“${record.title}” cannot be opened: ${read.reason}.`, 'error');
      return false;
    }
    loadDiagram(read.diagram, { documentId: id });
    return true;
  } catch {
    showHint("The library could not be read: the browser's storage is not available.", 'error');
    return false;
  }
}

/** Renames a document: the record's title, and the diagram's own title inside it. */
export async function renameDocument(id: string, title: string): Promise<void> {
  const clean = title.trim().slice(0, MAX_TITLE);
  if (clean === '') return;
  const state = useEditor.getState();
  if (state.documentId === id && !state.readOnly) {
    setTitle(clean); // an edit like any other: undoable, autosaved
    await flushSave();
    return;
  }
  await guarded(() =>
    enqueue(async () => {
      const record = await getDocument(id);
      if (record === undefined) return;
      const read = readRecord(record);
      const json = read.ok ? writeDiagram({ ...read.diagram, title: clean }) : record.json;
      await putDocument({ ...record, title: clean, json, updatedAt: Date.now() });
    }),
  );
}

/** Stores a copy ("Copy of …") and returns its id; the copy is not opened. */
export async function duplicateDocument(id: string): Promise<string | undefined> {
  await flushSave();
  return guarded(() =>
    enqueue(async () => {
      const record = await getDocument(id);
      if (record === undefined) return undefined;
      const read = readRecord(record);
      if (!read.ok) {
        showHint(`“${record.title}” cannot be copied: ${read.reason}.`, 'error');
        return undefined;
      }
      const title = `Copy of ${titleOf(read.diagram)}`.slice(0, MAX_TITLE);
      const now = Date.now();
      const copy = { id: newDocumentId(), title, json: writeDiagram({ ...read.diagram, title }), createdAt: now, updatedAt: now };
      await putDocument(copy);
      return copy.id;
    }),
  );
}

/** Deletes a document; when it is the open one, opens the newest other one (or a new empty one). */
export async function deleteDocument(id: string): Promise<void> {
  discardPending(id);
  const wasOpen = useEditor.getState().documentId === id;
  const ok = await guarded(async () => {
    await enqueue(() => deleteRecord(id));
    return true;
  });
  if (ok !== true || !wasOpen) return;
  await openNewestReadable(id);
}

/** Opens the most recently edited readable document other than `exceptId`, or a new empty one. */
export async function openNewestReadable(exceptId?: string): Promise<void> {
  const records = (await guarded(listDocuments)) ?? [];
  for (const record of records) {
    if (record.id === exceptId) continue;
    const read = readRecord(record);
    if (read.ok) {
      loadDiagram(read.diagram, { documentId: record.id });
      return;
    }
  }
  await newDocument();
}

function templateDiagram(template: Template): Diagram {
  const { viewport: _ignored, ...diagram } = template.diagram;
  return { ...diagram, title: template.diagram.title ?? template.name };
}

function isBlank(diagram: Diagram): boolean {
  return diagram.nodes.length === 0 && diagram.edges.length === 0 && (diagram.title === undefined || diagram.title === UNTITLED);
}

async function guarded<T>(task: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await task();
    libraryChanged();
    return result;
  } catch {
    showHint("The library could not be changed: the browser's storage refused it.", 'error');
    return undefined;
  }
}
