/**
 * The "My diagrams" library in IndexedDB (schema fixed by the editor brief):
 * database `ramparts` v1, store `documents` keyed by `id`, store `meta` with
 * out-of-line keys (`lastOpenedId`). Every write goes through one queue so
 * that a save, a rename and a delete of the same document land in the order
 * they were asked for. A save is one transaction: the whole record lands or,
 * when the browser refuses (storage full), the previous one stays as it was.
 * Every change is announced to the other tabs (libraryChannel).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { announceDeleted, announceSaved } from './libraryChannel';

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

/** The revision of each document as last read from the library by this tab. */
const lastRead = new Map<string, number>();

/**
 * The revision of `id` this tab read last. A document is opened right after
 * it is read (no other read can come in between), so when it is opened this
 * is the revision on screen, even if another tab has saved a newer one since.
 */
export function lastReadRevision(id: string): number | undefined {
  return lastRead.get(id);
}

/** All documents, most recently edited first. */
export async function listDocuments(): Promise<DocumentRecord[]> {
  const all = await (await db()).getAll('documents');
  for (const record of all) lastRead.set(record.id, record.updatedAt);
  return all.sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt);
}

export async function getDocument(id: string): Promise<DocumentRecord | undefined> {
  const record = await (await db()).get('documents', id);
  if (record !== undefined) lastRead.set(id, record.updatedAt);
  return record;
}

/**
 * The last opened document, read in one transaction. Start-up reads only
 * this one: every stored document is a whole diagram's JSON, and reading them
 * all (listDocuments) to open one would cost a returning user time in
 * proportion to the size of the library.
 */
export async function getLastOpenedDocument(): Promise<DocumentRecord | undefined> {
  const tx = (await db()).transaction(['meta', 'documents'], 'readonly');
  const id = await tx.objectStore('meta').get(LAST_OPENED);
  const record = id === undefined ? undefined : await tx.objectStore('documents').get(id);
  await tx.done;
  if (record !== undefined) lastRead.set(record.id, record.updatedAt);
  return record;
}

export interface SaveRequest {
  readonly id: string;
  readonly title: string;
  readonly json: string;
  /** Bump updatedAt (an edit) or keep it (a viewport change, a first registration). */
  readonly edited: boolean;
  /** Also record this document as the last opened one. */
  readonly lastOpened: boolean;
  /**
   * The revision (updatedAt) this tab last loaded or saved. When the stored
   * record has another one, another tab saved in between: the write is
   * refused with RevisionConflict rather than overwrite it.
   */
  readonly base?: number | undefined;
}

/** The stored document is a newer revision than the one the write was based on. */
export class RevisionConflict extends Error {
  constructor(
    readonly id: string,
    readonly stored: number,
  ) {
    super('the diagram was changed in another tab');
    this.name = 'RevisionConflict';
  }
}

/** Creates or updates a document in one transaction; returns the stored record. */
export async function saveDocument(request: SaveRequest): Promise<DocumentRecord> {
  const tx = (await db()).transaction(['documents', 'meta'], 'readwrite');
  const record = await atomically(tx, async () => {
    const documents = tx.objectStore('documents');
    const existing = await documents.get(request.id);
    // Checked in the same transaction as the write, so no other tab can slip in between.
    if (existing !== undefined && request.base !== undefined && existing.updatedAt !== request.base) {
      throw new RevisionConflict(request.id, existing.updatedAt);
    }
    const now = Date.now();
    const next: DocumentRecord = {
      id: request.id,
      title: request.title,
      json: request.json,
      createdAt: existing?.createdAt ?? now,
      // Strictly increasing, so two saves in one millisecond are still two revisions.
      updatedAt: existing === undefined ? now : request.edited ? Math.max(now, existing.updatedAt + 1) : existing.updatedAt,
    };
    await documents.put(next);
    if (request.lastOpened) await tx.objectStore('meta').put(request.id, LAST_OPENED);
    return next;
  });
  announceSaved(record.id, record.updatedAt);
  return record;
}

export async function putDocument(record: DocumentRecord): Promise<void> {
  await (await db()).put('documents', record);
  announceSaved(record.id, record.updatedAt);
}

export async function setLastOpenedId(id: string): Promise<void> {
  await (await db()).put('meta', id, LAST_OPENED);
}

export async function deleteDocument(id: string): Promise<void> {
  const tx = (await db()).transaction(['documents', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    await tx.objectStore('documents').delete(id);
    if ((await tx.objectStore('meta').get(LAST_OPENED)) === id) await tx.objectStore('meta').delete(LAST_OPENED);
  });
  announceDeleted(id);
}

type LibraryTransaction = IDBPTransaction<LibrarySchema, ('documents' | 'meta')[], 'readwrite'>;

/**
 * Runs `body` in `tx` and resolves once the transaction has committed. Any
 * failure (a refused put, a commit that runs out of space, a conflict)
 * aborts the whole transaction, so nothing of it is written.
 */
async function atomically<T>(tx: LibraryTransaction, body: () => Promise<T>): Promise<T> {
  // Observed at once: an abort must not surface as an unhandled rejection.
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await body();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished by the browser.
    }
    throw error;
  }
}
