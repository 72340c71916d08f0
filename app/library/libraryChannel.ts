/**
 * Tells the other tabs of this browser what this tab changed in the library
 * (BroadcastChannel 'ramparts-library'): a saved revision of a document, or
 * its deletion. A tab with the same document open uses it to reload or to
 * raise a conflict, and every tab refreshes its library list. Messages come
 * from the same origin but are still checked before use.
 */
import { newDocumentId } from './documentIds';

export type LibraryMessage =
  | { readonly kind: 'saved'; readonly id: string; readonly updatedAt: number; readonly tabId: string }
  | { readonly kind: 'deleted'; readonly id: string; readonly tabId: string };

const CHANNEL = 'ramparts-library';

/** This page's own id, so a tab can tell its own announcements apart. */
export const TAB_ID = newDocumentId();

let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return channel;
}

export function announceSaved(id: string, updatedAt: number): void {
  post({ kind: 'saved', id, updatedAt, tabId: TAB_ID });
}

export function announceDeleted(id: string): void {
  post({ kind: 'deleted', id, tabId: TAB_ID });
}

/** Calls `listener` for each message from another tab; returns the unsubscribe function. */
export function onLibraryMessage(listener: (message: LibraryMessage) => void): () => void {
  const ch = open();
  if (ch === null) return () => undefined;
  const handle = (event: MessageEvent<unknown>) => {
    const message = parse(event.data);
    if (message !== undefined && message.tabId !== TAB_ID) listener(message);
  };
  ch.addEventListener('message', handle);
  return () => ch.removeEventListener('message', handle);
}

function post(message: LibraryMessage): void {
  try {
    open()?.postMessage(message);
  } catch {
    // A closed channel (the page is going away): the other tabs still see the change on their next read.
  }
}

function parse(data: unknown): LibraryMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { kind, id, updatedAt, tabId } = data as Record<string, unknown>;
  if (typeof id !== 'string' || typeof tabId !== 'string') return undefined;
  if (kind === 'saved' && typeof updatedAt === 'number' && Number.isFinite(updatedAt)) return { kind, id, updatedAt, tabId };
  if (kind === 'deleted') return { kind, id, tabId };
  return undefined;
}
