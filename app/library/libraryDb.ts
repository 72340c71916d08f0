/**
 * The "My diagrams" library in IndexedDB (schema fixed by the editor brief):
 * database `ramparts` v1, store `documents` keyed by `id`, store `meta` with
 * out-of-line keys (`lastOpenedId`). Every write goes through one queue so
 * that a save, a rename and a delete of the same document land in the order
 * they were asked for.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface DocumentRecord {
  readonly id: string;
  readonly title: string;
  /** Canonical diagram JSON from writeDiagram, viewport included. */
  readonly json: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

interface LibrarySchema extends DBSchema {
  documents: { key: string; value: DocumentRecord };
  meta: { key: string; value: string };
}

const DB_NAME = 'ramparts';
const DB_VERSION = 1;
const LAST_OPENED = 'lastOpenedId';

let dbPromise: Promise<IDBPDatabase<LibrarySchema>> | undefined;

function db(): Promise<IDBPDatabase<LibrarySchema>> {
  dbPromise ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('documents')) database.createObjectStore('documents', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta');
    },
  }).catch((error: unknown) => {
    // Let a later call try again (a blocked upgrade, a transient failure).
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it; its failure does not block later ones. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once every queued write has finished. */
export function writesSettled(): Promise<void> {
  return queue.then(() => undefined);
}

/** All documents, most recently edited first. */
export async function listDocuments(): Promise<DocumentRecord[]> {
  const all = await (await db()).getAll('documents');
  return all.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
}

export async function getDocument(id: string): Promise<DocumentRecord | undefined> {
  return (await db()).get('documents', id);
}

export async function getLastOpenedId(): Promise<string | undefined> {
  return (await db()).get('meta', LAST_OPENED);
}

export interface SaveRequest {
  readonly id: string;
  readonly title: string;
  readonly json: string;
  /** Bump updatedAt (an edit) or keep it (a viewport change, a first registration). */
  readonly edited: boolean;
  /** Also record this document as the last opened one. */
  readonly lastOpened: boolean;
}

/** Creates or updates a document in one transaction; returns the stored record. */
export async function saveDocument(request: SaveRequest): Promise<DocumentRecord> {
  const tx = (await db()).transaction(['documents', 'meta'], 'readwrite');
  const documents = tx.objectStore('documents');
  const existing = await documents.get(request.id);
  const now = Date.now();
  const record: DocumentRecord = {
    id: request.id,
    title: request.title,
    json: request.json,
    createdAt: existing?.createdAt ?? now,
    updatedAt: existing === undefined || request.edited ? now : existing.updatedAt,
  };
  await documents.put(record);
  if (request.lastOpened) await tx.objectStore('meta').put(request.id, LAST_OPENED);
  await tx.done;
  return record;
}

export async function putDocument(record: DocumentRecord): Promise<void> {
  await (await db()).put('documents', record);
}

export async function setLastOpenedId(id: string): Promise<void> {
  await (await db()).put('meta', id, LAST_OPENED);
}

export async function deleteDocument(id: string): Promise<void> {
  const tx = (await db()).transaction(['documents', 'meta'], 'readwrite');
  await tx.objectStore('documents').delete(id);
  if ((await tx.objectStore('meta').get(LAST_OPENED)) === id) await tx.objectStore('meta').delete(LAST_OPENED);
  await tx.done;
}
