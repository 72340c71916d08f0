/**
 * Autosave: every edit of the open document is written to the library within
 * a second (debounced, with a ceiling so a burst of edits still saves), and so is
 * the viewport once it stops moving. A pending save always carries the
 * document id together with the diagram it was taken from, and is written
 * before another document replaces it, so two documents are never mixed up.
 * A failed write keeps the diagram in memory, says so, and is retried on the
 * next edit and on its own, with backoff, until it lands (storage full shows
 * a banner: see StorageBanners).
 *
 * Each write is based on the revision (updatedAt) this tab last loaded or
 * saved of that document. When another tab saved a newer one, the library
 * refuses the write and the person chooses (tabSync): this tab's version is
 * parked, never written over theirs and never dropped.
 */
import { writeDiagram } from '../../src/format/writeDiagram';
import type { Diagram, Viewport } from '../../src/model/types';
import { gestureActive, showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { enqueue, getDocument, lastReadRevision, RevisionConflict, saveDocument, setLastOpenedId, writesSettled } from './libraryDb';
import { isQuotaError } from './quotaError';
import { libraryChanged, useSaveStore } from './saveStatus';
import { forgetViewport, recordViewport, viewportOf } from './viewportTracking';
import { requestViewport } from './viewportRequest';

const DEBOUNCE_MS = 300;
/** However busy the editing, a change is written at most this long after it was made. */
const MAX_WAIT_MS = 900;
/** A failed write is tried again after this long, doubling up to RETRY_MAX_MS while it keeps failing. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 8000;
export const UNTITLED = 'Untitled diagram';
const STORAGE_FULL = 'storage is full';
const CONFLICT = 'changed in another tab';

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
/** Edit writes under way, by document. */
const editsInFlight = new Map<string, number>();
/** Writes that failed, by document, kept until a write of that document lands. */
const held = new Map<string, Pending>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = RETRY_FIRST_MS;
/** The revision (updatedAt) of each document as this tab last loaded or saved it. */
const revisions = new Map<string, number>();
/** This tab's latest version of each document in conflict: kept here until the person chooses. */
const parked = new Map<string, Pending>();
/** Documents in conflict, in the order they arose (the banner asks about the first). */
const conflicts = new Map<string, string>();
/** Set while a change that came from the library (another tab) is applied: it is not an edit. */
let applyingStored = false;
let staleListener: ((id: string) => void) | undefined;

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
    // Mid-drag states are not saved (canonical writing of a large design is a
    // long task, and would stutter the drag); the drag's end is an edit like any other.
    if (gestureActive() || saveHolds > 0) return;
    if (state.diagram !== prev.diagram && state.documentId !== undefined && !state.readOnly && !applyingStored) {
      schedule(state.documentId, state.diagram, true);
    }
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flushSave();
  };
  // Closing the tab while a change cannot be written would lose it: the browser asks first.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (held.size > 0 || parked.size > 0) event.preventDefault();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

let saveHolds = 0;

/**
 * Until the returned function is called, changes are not saved (a layout
 * placed on load, a slice a frame: each slice's save would write the whole
 * design mid-layout, a long task every 900 ms). Then the diagram as it is
 * is saved, if it changed.
 */
export function holdSaves(): () => void {
  const from = useEditor.getState();
  saveHolds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    saveHolds--;
    const { documentId, readOnly, diagram } = useEditor.getState();
    // Not when another document has been opened meanwhile: that is not an edit of it.
    if (saveHolds > 0 || documentId === undefined || readOnly || documentId !== from.documentId || diagram === from.diagram) return;
    schedule(documentId, diagram, true);
  };
}

/**
 * Documents stored in an older format version: the library keeps the file
 * exactly as it was until the person edits it (then the current version is
 * written). Panning and zooming alone are not edits, so they wait too.
 */
const keepsOriginal = new Set<string>();

export function keepOriginalUntilEdit(id: string): void {
  keepsOriginal.add(id);
}

/** The canvas viewport settled or moved: saved with the open document (not an edit). */
export function noteViewport(viewport: Viewport): void {
  const { documentId, readOnly, diagram } = useEditor.getState();
  if (documentId === undefined || readOnly) return;
  if (!recordViewport(documentId, viewport)) return;
  if (keepsOriginal.has(documentId)) return; // remembered, and written with the first edit
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

/** Drops every unsaved change of `id` (it is being deleted, or replaced by another tab's version). */
export function discardPending(id: string): void {
  if (pending?.id === id) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  }
  held.delete(id);
  parked.delete(id);
  conflicts.delete(id);
  showConflict();
  settleError();
}

/** Tries every failed write again now (the banner's "Try again"). */
export function retryNow(): void {
  if (retryTimer !== undefined) clearTimeout(retryTimer);
  retryTimer = undefined;
  retryHeld();
}

/** Whether this tab has edits of `id` that are not in the library yet. */
export function hasUnsavedEdit(id: string): boolean {
  return (
    (pending?.id === id && pending.edited) ||
    (editsInFlight.get(id) ?? 0) > 0 ||
    held.get(id)?.edited === true ||
    parked.has(id)
  );
}

/** The revision of `id` this tab last loaded or saved. */
export function revisionOf(id: string): number | undefined {
  return revisions.get(id);
}

/**
 * Applies a version of `id` read from the library (another tab saved it):
 * not an edit, so nothing is written back; later writes are based on it.
 */
export function applyStored(id: string, updatedAt: number, apply: () => void): void {
  if (pending?.id === id && !pending.edited) {
    // Only a viewport change was waiting: it is written again when the view next moves.
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  }
  applyingStored = true;
  try {
    apply();
  } finally {
    applyingStored = false;
  }
  revisions.set(id, updatedAt);
}

/** Another tab saved `id` while this one has unsaved edits of it: park them and ask. */
export function raiseConflict(id: string): void {
  if (pending?.id === id) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    park(pending);
    pending = undefined;
  }
  const failedWrite = held.get(id);
  if (failedWrite !== undefined) {
    held.delete(id);
    park(failedWrite);
  }
  const mine = localVersion(id);
  conflicts.set(id, mine === undefined ? UNTITLED : titleOf(mine));
  showConflict();
  useSaveStore.setState({ error: CONFLICT });
  // Its failed write is parked now: the storage-full strip goes if nothing else is held back.
  settleError();
}

/** This tab's latest version of `id`: the open diagram, or the one parked when it was switched away from. */
export function localVersion(id: string): Diagram | undefined {
  const state = useEditor.getState();
  if (state.documentId === id) {
    const viewport = viewportOf(id);
    return viewport === undefined ? state.diagram : { ...state.diagram, viewport };
  }
  if (pending?.id === id) return pending.diagram;
  return parked.get(id)?.diagram ?? held.get(id)?.diagram;
}

/** Called when a write of `id` (a viewport change only) found a newer revision: reload it. */
export function onStale(listener: (id: string) => void): () => void {
  staleListener = listener;
  return () => {
    if (staleListener === listener) staleListener = undefined;
  };
}

function schedule(id: string, diagram: Diagram, edited: boolean): void {
  if (edited) keepsOriginal.delete(id);
  if (pending !== undefined && pending.id !== id) void flushSave();
  const now = Date.now();
  pending = { id, diagram, edited: edited || (pending?.edited ?? false), since: pending?.since ?? now };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => void flushSave(), Math.max(0, Math.min(DEBOUNCE_MS, pending.since + MAX_WAIT_MS - now)));
  refreshStatus();
}

function write(p: Pending): void {
  if (conflicts.has(p.id)) {
    // Never over the other tab's version: kept until the person chooses.
    park(p);
    refreshStatus();
    return;
  }
  const viewport = viewportOf(p.id) ?? p.diagram.viewport;
  const diagram = viewport === undefined ? p.diagram : { ...p.diagram, viewport };
  const edited = p.edited || held.get(p.id)?.edited === true;
  const attempt = { ...p, edited };
  let json: string;
  try {
    json = writeDiagram(diagram);
  } catch (error) {
    failed(attempt, error);
    return;
  }
  const request = { id: p.id, title: titleOf(diagram), json, edited, lastOpened: useEditor.getState().documentId === p.id };
  track(
    enqueue(async () => {
      // The base is read when the write runs, after the writes queued before it have landed.
      const record = await saveDocument({ ...request, base: revisions.get(p.id) ?? lastReadRevision(p.id) });
      revisions.set(p.id, record.updatedAt);
    }),
    attempt,
  );
}

/** A document was opened: make sure it is in the library and remembered as the last one. */
function registerOpened(id: string, diagram: Diagram): void {
  // Taken now, before the read below can see a revision another tab saved since this one was loaded.
  const shown = lastReadRevision(id);
  const task = async () => {
    const existing = await getDocument(id);
    if (existing !== undefined) {
      revisions.set(id, shown ?? existing.updatedAt);
      await setLastOpenedId(id);
      // Another tab saved it between our read and now: follow it (nothing is edited here yet).
      if (shown !== undefined && shown !== existing.updatedAt) staleListener?.(id);
      return;
    }
    const record = await saveDocument({ id, title: titleOf(diagram), json: writeDiagram(diagram), edited: true, lastOpened: true });
    revisions.set(id, record.updatedAt);
  };
  track(enqueue(task), { id, diagram, edited: false, since: Date.now() });
}

function track(write: Promise<unknown>, p: Pending): void {
  inFlight += 1;
  if (p.edited) editsInFlight.set(p.id, (editsInFlight.get(p.id) ?? 0) + 1);
  refreshStatus();
  const settle = () => {
    inFlight -= 1;
    if (p.edited) {
      const left = (editsInFlight.get(p.id) ?? 1) - 1;
      if (left > 0) editsInFlight.set(p.id, left);
      else editsInFlight.delete(p.id);
    }
  };
  write.then(
    () => {
      settle();
      held.delete(p.id);
      useSaveStore.setState({ savedAt: Date.now() });
      settleError();
      libraryChanged();
    },
    (error: unknown) => {
      settle();
      failed(p, error);
    },
  );
}

function failed(p: Pending, error: unknown): void {
  if (error instanceof RevisionConflict) {
    // Another tab saved a newer revision. Only a viewport change: take theirs. An edit: keep it and ask.
    if (p.edited || hasUnsavedEdit(p.id)) {
      park(p);
      raiseConflict(p.id);
    } else {
      staleListener?.(p.id);
      refreshStatus();
    }
    return;
  }
  const before = held.get(p.id);
  held.set(p.id, before?.edited === true && !p.edited ? { ...p, edited: true } : p);
  const full = isQuotaError(error);
  const wasError = useSaveStore.getState().error !== undefined;
  useSaveStore.setState({ error: full ? STORAGE_FULL : describeWriteError(error), storageFull: full });
  scheduleRetry();
  refreshStatus();
  // Storage full has its own banner; any other refusal is said once.
  if (!wasError && !full) {
    showHint(`Your diagram is not saved: ${describeWriteError(error)}. It stays open here; saving is tried again on its own.`, 'error');
  }
}

function park(p: Pending): void {
  const before = parked.get(p.id);
  // A write that fails late may carry an older diagram than one already parked.
  const newest = before !== undefined && before.since > p.since ? before : p;
  parked.set(p.id, { ...newest, edited: p.edited || before?.edited === true });
}

function showConflict(): void {
  const first = conflicts.entries().next();
  const conflict = first.done === true ? undefined : { id: first.value[0], title: first.value[1] };
  if (useSaveStore.getState().conflict?.id !== conflict?.id) useSaveStore.setState({ conflict });
}

function scheduleRetry(): void {
  if (retryTimer !== undefined) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    retryHeld();
  }, retryDelay);
}

function retryHeld(): void {
  for (const [id, p] of [...held]) {
    // A newer change of the same document is waiting: writing it writes this one too.
    if (pending?.id === id) void flushSave();
    else write(p);
  }
}

/** Clears the failure once nothing is left unwritten. */
function settleError(): void {
  if (held.size === 0) {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    retryDelay = RETRY_FIRST_MS;
    useSaveStore.setState({ storageFull: false, error: conflicts.size === 0 ? undefined : CONFLICT });
  }
  refreshStatus();
}

function refreshStatus(): void {
  const { error } = useSaveStore.getState();
  const busy = pending !== undefined || inFlight > 0;
  // While a change is held back, "Not saved" stays up even as it is retried.
  const blocked = error !== undefined && (held.size > 0 || parked.size > 0);
  const status = blocked ? 'error' : busy ? 'saving' : error !== undefined ? 'error' : 'saved';
  if (useSaveStore.getState().status !== status) useSaveStore.setState({ status });
}

function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL;
  if (typeof indexedDB === 'undefined') return "this browser's storage is not available";
  return "the browser's storage refused it";
}
