/** What the toolbar and the storage banners show about autosave: saved, saving, or why it is not saved. */
import { create } from 'zustand';

export type SaveState = 'saved' | 'saving' | 'error';

/** A document another tab saved while this tab had unsaved edits of it. */
export interface Conflict {
  readonly id: string;
  readonly title: string;
}

export interface SaveStatus {
  readonly status: SaveState;
  /** When the last write succeeded (ms since epoch). */
  readonly savedAt: number | undefined;
  /** Why the last write failed, for "Not saved: …" (set when status is 'error'). */
  readonly error: string | undefined;
}

interface SaveStore extends SaveStatus {
  /** Bumped after every change to the stored library, so open lists re-read it. */
  readonly libraryVersion: number;
  /** The last write failed because the browser's storage is full (the banner shows). */
  readonly storageFull: boolean;
  /** Set while the person has to choose between their version and another tab's. */
  readonly conflict: Conflict | undefined;
}

export const useSaveStore = create<SaveStore>()(() => ({
  status: 'saved',
  savedAt: undefined,
  error: undefined,
  libraryVersion: 0,
  storageFull: false,
  conflict: undefined,
}));

export function useSaveStatus(): SaveStatus {
  return useSaveStore((s) => s);
}

export function libraryChanged(): void {
  useSaveStore.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
}
