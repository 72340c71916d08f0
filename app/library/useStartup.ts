/**
 * Start-up: opens what the person was working on. A share link in the address
 * comes first; otherwise the last opened document (with its viewport), else
 * the newest readable one, else, on first run, the default template. A stored
 * document that no longer reads is reported, never fatal. Returns false until
 * a document is loaded, so the canvas mounts on the right diagram.
 *
 * main.tsx starts it before React's first render and waits for it (a
 * bounded time), so the editor's frame and the canvas render once, on the
 * document, instead of the frame first and the canvas after it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadDiagram, showHint } from '../store/editorActions';
import { installAutosave } from './autosave';
import { defaultTemplateDiagram, newDocument, readRecord } from './documentActions';
import { newDocumentId } from './documentIds';
import { getLastOpenedDocument, listDocuments } from './libraryDb';
import { installLinkListeners, openFromLocation } from '../share/openFromLocation';
import { useViewportSync } from './useViewportSync';

let started: Promise<void> | undefined;
let done = false;
const listeners = new Set<() => void>();

/** Opens the start-up document; once per page, however often it is called (StrictMode runs effects twice). */
export function beginStartup(): Promise<void> {
  started ??= startup().finally(() => {
    done = true;
    for (const listener of listeners) listener();
  });
  return started;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isDone = () => done;

export function useStartup(): boolean {
  useViewportSync();
  useEffect(() => {
    void beginStartup();
  }, []);
  return useSyncExternalStore(subscribe, isDone);
}

async function startup(): Promise<void> {
  installAutosave();
  installLinkListeners();
  if (await openFromLocation()) return;
  try {
    await openFromLibrary();
  } catch {
    // No usable storage (a locked-down private window): still give a working editor.
    loadDiagram(defaultTemplateDiagram(), { documentId: newDocumentId() });
    showHint("This browser's storage is not available: diagrams cannot be saved here. Export a file to keep your work.", 'error');
  }
}

async function openFromLibrary(): Promise<void> {
  // The common case, a returning person: their last document, read on its own.
  const last = await getLastOpenedDocument();
  const unreadable: string[] = [];
  if (last !== undefined) {
    const read = readRecord(last);
    if (read.ok) {
      loadDiagram(read.diagram, { documentId: last.id });
      return;
    }
    unreadable.push(`“${last.title}” (${shorten(read.reason)})`);
  }
  const records = await listDocuments();
  if (records.length === 0) {
    loadDiagram(defaultTemplateDiagram(), { documentId: newDocumentId() });
    return;
  }
  for (const record of records) {
    if (record.id === last?.id) continue;
    const read = readRecord(record);
    if (!read.ok) {
      unreadable.push(`“${record.title}” (${shorten(read.reason)})`);
      continue;
    }
    loadDiagram(read.diagram, { documentId: record.id });
    if (unreadable.length > 0) showHint(`Could not open ${describe(unreadable)}; opened “${record.title}” instead.`, 'warning');
    return;
  }
  await newDocument();
  showHint(`Could not open ${describe(unreadable)}; started a new diagram.`, 'warning');
}

function describe(unreadable: readonly string[]): string {
  const [first] = unreadable;
  return unreadable.length === 1 ? (first ?? '') : `${first ?? ''} and ${unreadable.length - 1} other stored diagram${unreadable.length > 2 ? 's' : ''}`;
}

function shorten(reason: string): string {
  return reason.length > 120 ? `${reason.slice(0, 117)}…` : reason;
}
