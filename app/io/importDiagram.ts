/**
 * Import: a `.ramparts.json` file, a Ramparts PNG (the diagram rides in an
 * iTXt chunk), pasted JSON or a pasted share link. A good import becomes a
 * new document in the library and opens; a bad one lists every error the
 * reader found and changes nothing: not the canvas, not the library.
 *
 * An older-version file is read through the migration chain but stored as
 * the original text: the library keeps the file as it was until the person
 * edits, when autosave writes the current version.
 */
import { readDiagramText } from '../../src/format/readDiagram';
import { writeDiagram } from '../../src/format/writeDiagram';
import { formatBytes, MAX_BYTES } from '../../src/format/limits';
import { isPng, readPngTextResult } from '../../src/export/pngText';
import { decodeShareLink } from '../../src/share/shareLink';
import type { Diagram } from '../../src/model/types';
import { loadDiagram, showHint } from '../store/editorActions';
import { useEditor } from '../store/editorStore';
import { openDialog } from '../store/uiStore';
import { flushSave, keepOriginalUntilEdit, titleOf } from '../library/autosave';
import { newDocumentId } from '../library/documentIds';
import { enqueue, putDocument } from '../library/libraryDb';
import { libraryChanged } from '../library/saveStatus';
import { SHARE_LINK_PATTERN } from './looksImportable';

const NOTHING_CHANGED = 'Nothing was changed: the open diagram and your library are as they were.';

/** `olderOriginal`: the file's own text when it is an older format version, which the library keeps until the first edit. */
export type ImportRead =
  | { readonly ok: true; readonly diagram: Diagram; readonly olderOriginal?: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Reads a file's bytes (already size-checked) as a Ramparts diagram: JSON text or a Ramparts PNG. */
export function readImportBytes(bytes: Uint8Array): ImportRead {
  if (isPng(bytes)) {
    const png = readPngTextResult(bytes);
    return png.ok ? readImportText(png.text) : { ok: false, errors: [png.error] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: ['the file is neither a Ramparts JSON file (it is not UTF-8 text) nor a Ramparts PNG'] };
  }
  return readImportText(text);
}

export function readImportText(text: string): ImportRead {
  const result = readDiagramText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!result.ok) return result;
  return result.migratedFrom === undefined ? { ok: true, diagram: result.diagram } : { ok: true, diagram: result.diagram, olderOriginal: text };
}

function refuseInReview(): boolean {
  if (!useEditor.getState().readOnly) return false;
  showHint('This diagram is open for review: choose “Edit a copy” before importing.', 'warning');
  return true;
}

export async function importFile(file: File): Promise<boolean> {
  if (refuseInReview()) return false;
  if (file.size > MAX_BYTES * 2) return report(file.name, [`the file is ${formatBytes(file.size)}; a diagram may be at most ${formatBytes(MAX_BYTES)}`]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return report(file.name, ['the file could not be read from disk']);
  }
  const read = readImportBytes(bytes);
  if (!read.ok) return report(file.name, read.errors);
  return addAndOpen(read.diagram, read.olderOriginal);
}

/** Imports pasted JSON or a pasted share link (see looksImportable); returns whether it opened. */
export async function importPastedText(text: string): Promise<boolean> {
  if (refuseInReview()) return false;
  const trimmed = text.trim();
  if (SHARE_LINK_PATTERN.test(trimmed)) {
    const decoded = decodeShareLink(trimmed);
    if (!decoded.ok) return report('the pasted link', decoded.errors);
    return addAndOpen(decoded.diagram);
  }
  const read = readImportText(trimmed);
  if (!read.ok) return report('the pasted diagram', read.errors);
  return addAndOpen(read.diagram, read.olderOriginal);
}

async function addAndOpen(diagram: Diagram, olderOriginal?: string): Promise<boolean> {
  await flushSave();
  const id = newDocumentId();
  const now = Date.now();
  try {
    await enqueue(() => putDocument({ id, title: titleOf(diagram), json: olderOriginal ?? writeDiagram(diagram), createdAt: now, updatedAt: now }));
    libraryChanged();
  } catch {
    // Still open it: the person sees the diagram and can export it.
    showHint("The diagram is open but not saved: the browser's storage refused it.", 'error');
    loadDiagram(diagram, { documentId: undefined });
    return true;
  }
  if (olderOriginal !== undefined) keepOriginalUntilEdit(id);
  loadDiagram(diagram, { documentId: id });
  showHint(`Imported “${titleOf(diagram)}” into your diagrams.`, 'info');
  return true;
}

function report(source: string, errors: readonly string[]): false {
  openDialog({ kind: 'problems', title: `Could not import ${source}`, errors, note: NOTHING_CHANGED });
  return false;
}

