/**
 * Autosave: every edit of the open document is written to the library within
 * a second (debounced, with a ceiling so a long drag still saves), and so is
 * the viewport once it stops moving. A pending save always carries the
 * document id together with the diagram it was taken from, and is written
 * before another document replaces it, so two documents are never mixed up.
 * A failed write keeps the diagram in memory, says so, and is retried on the
 * next edit.
 */
import { writeDiagram } from '../../src/format/writeDiagram';
import type { Diagram, Viewport } from '../../src/model/types';
import { showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { enqueue, getDocument, saveDocument, setLastOpenedId, writesSettled } from './libraryDb';
import { libraryChanged, useSaveStore } from './saveStatus';
import { forgetViewport, recordViewport, viewportOf } from './viewportTracking';
import { requestViewport } from './viewportRequest';

const DEBOUNCE_MS = 300;
/** However busy the editing, a change is written at most this long after it was made. */
const MAX_WAIT_MS = 900;
export const UNTITLED = 'Untitled diagram';

interface Pending {
  readonly id: string;
  readonly diagram: Diagram;
  /** An edit (bumps updatedAt) rather than only a viewport change. */
  readonly edited: boolean;
  readonly since: number;
}

let pending: Pending | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight = 0;
/** An edit whose write failed: the next write of that document is an edit too. */
let failedEditId: string | undefined;

export function titleOf(diagram: Diagram): string {
  const title = diagram.title?.trim();
  return title === undefined || title === '' ? UNTITLED : title;
}

/** Subscribes autosave to the editor store; returns the unsubscribe function. */
export function installAutosave(): () => void {
  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.documentId !== prev.documentId || state.readOnly !== prev.readOnly) {
      // Another document was loaded: the old one's pending change holds its own diagram.
      void flushSave();
      forgetViewport();
      requestViewport(state.documentId, state.diagram.viewport);
      if (state.documentId !== undefined && !state.readOnly) registerOpened(state.documentId, state.diagram);
      return;
    }
    if (state.diagram !== prev.diagram && state.documentId !== undefined && !state.readOnly) {
      schedule(state.documentId, state.diagram, true);
    }
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flushSave();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onHide);
  };
}

/** The canvas viewport settled or moved: saved with the open document (not an edit). */
export function noteViewport(viewport: Viewport): void {
  const { documentId, readOnly, diagram } = useEditor.getState();
  if (documentId === undefined || readOnly) return;
  if (!recordViewport(documentId, viewport)) return;
  schedule(documentId, diagram, false);
}

/** Writes any pending change now; resolves when every queued write has finished. */
export function flushSave(): Promise<void> {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const p = pending;
  pending = undefined;
  if (p !== undefined) write(p);
  return writesSettled();
}

/** Drops a pending change of `id` (it is being deleted). */
export function discardPending(id: string): void {
  if (pending?.id !== id) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  pending = undefined;
  if (failedEditId === id) failedEditId = undefined;
  refreshStatus();
}

function schedule(id: string, diagram: Diagram, edited: boolean): void {
  if (pending !== undefined && pending.id !== id) void flushSave();
  const now = Date.now();
  pending = { id, diagram, edited: edited || (pending?.edited ?? false), since: pending?.since ?? now };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => void flushSave(), Math.max(0, Math.min(DEBOUNCE_MS, pending.since + MAX_WAIT_MS - now)));
  refreshStatus();
}

function write(p: Pending): void {
  const viewport = viewportOf(p.id) ?? p.diagram.viewport;
  const diagram = viewport === undefined ? p.diagram : { ...p.diagram, viewport };
  const edited = p.edited || failedEditId === p.id;
  let json: string;
  try {
    json = writeDiagram(diagram);
  } catch (error) {
    failed(p.id, edited, error);
    return;
  }
  const request = { id: p.id, title: titleOf(diagram), json, edited, lastOpened: useEditor.getState().documentId === p.id };
  track(enqueue(() => saveDocument(request)), p.id, edited);
}

/** A document was opened: make sure it is in the library and remembered as the last one. */
function registerOpened(id: string, diagram: Diagram): void {
  const task = async () => {
    const existing = await getDocument(id);
    if (existing !== undefined) {
      await setLastOpenedId(id);
      return;
    }
    await saveDocument({ id, title: titleOf(diagram), json: writeDiagram(diagram), edited: true, lastOpened: true });
  };
  track(enqueue(task), id, false);
}

function track(write: Promise<unknown>, id: string, edited: boolean): void {
  inFlight += 1;
  refreshStatus();
  write.then(
    () => {
      inFlight -= 1;
      if (failedEditId === id && edited) failedEditId = undefined;
      useSaveStore.setState({ savedAt: Date.now(), error: undefined });
      libraryChanged();
      refreshStatus();
    },
    (error: unknown) => {
      inFlight -= 1;
      failed(id, edited, error);
    },
  );
}

function failed(id: string, edited: boolean, error: unknown): void {
  if (edited) failedEditId = id;
  const wasError = useSaveStore.getState().error !== undefined;
  const reason = describeWriteError(error);
  useSaveStore.setState({ error: reason });
  refreshStatus();
  if (!wasError) {
    showHint(`Your diagram is not saved: ${reason}. It stays open here; saving is tried again on your next edit.`, 'error');
  }
}

function refreshStatus(): void {
  const { error } = useSaveStore.getState();
  const busy = pending !== undefined || inFlight > 0;
  const status = busy ? 'saving' : error !== undefined ? 'error' : 'saved';
  if (useSaveStore.getState().status !== status) useSaveStore.setState({ status });
}

function describeWriteError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'storage is full';
  if (typeof indexedDB === 'undefined') return "this browser's storage is not available";
  return "the browser's storage refused it";
}
