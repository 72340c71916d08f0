/**
 * Start-up: opens what the person was working on. A share link in the address
 * comes first; otherwise the last opened document (with its viewport), else
 * the newest readable one, else, on first run, the default template. A stored
 * document that no longer reads is reported, never fatal. Returns false until
 * a document is loaded, so the canvas mounts on the right diagram.
 */
import { useEffect, useState } from 'react';
import { loadDiagram, showHint } from '../store/editorActions';
import { installAutosave } from './autosave';
import { defaultTemplateDiagram, newDocument, readRecord } from './documentActions';
import { newDocumentId } from './documentIds';
import { getLastOpenedId, listDocuments } from './libraryDb';
import { installLinkListeners, openFromLocation } from '../share/openFromLocation';
import { useViewportSync } from './useViewportSync';

let started: Promise<void> | undefined;
let done = false;

export function useStartup(): boolean {
  const [ready, setReady] = useState(done);
  useViewportSync();
  useEffect(() => {
    // Once per page, however often React mounts the hook (StrictMode runs effects twice).
    started ??= startup().finally(() => {
      done = true;
    });
    let live = true;
    void started.then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
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
  const [lastId, records] = await Promise.all([getLastOpenedId(), listDocuments()]);
  if (records.length === 0) {
    loadDiagram(defaultTemplateDiagram(), { documentId: newDocumentId() });
    return;
  }
  const last = records.find((r) => r.id === lastId);
  const ordered = last === undefined ? records : [last, ...records.filter((r) => r !== last)];
  const unreadable: string[] = [];
  for (const record of ordered) {
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
