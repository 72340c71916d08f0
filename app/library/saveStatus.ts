/** What the toolbar shows about autosave: saved, saving, or why it is not saved. */
import { create } from 'zustand';

export type SaveState = 'saved' | 'saving' | 'error';

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
}

export const useSaveStore = create<SaveStore>()(() => ({
  status: 'saved',
  savedAt: undefined,
  error: undefined,
  libraryVersion: 0,
}));

export function useSaveStatus(): SaveStatus {
  return useSaveStore((s) => s);
}

export function libraryChanged(): void {
  useSaveStore.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
}
