/** The library's documents for the dialog, re-read whenever the library changes. */
import { useEffect, useState } from 'react';
import { isPlainObject } from '../../src/model/guards';
import { listDocuments, type DocumentRecord } from './libraryDb';
import { useSaveStore } from './saveStatus';

export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  /** Undefined when the stored JSON does not parse. */
  readonly nodeCount: number | undefined;
  readonly updatedAt: number;
}

export type LibraryList = { readonly state: 'loading' } | { readonly state: 'ready'; readonly entries: readonly LibraryEntry[] } | { readonly state: 'failed' };

export function useLibraryList(): LibraryList {
  const version = useSaveStore((s) => s.libraryVersion);
  const [list, setList] = useState<LibraryList>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    listDocuments().then(
      (records) => {
        if (live) setList({ state: 'ready', entries: records.map(toEntry) });
      },
      () => {
        if (live) setList({ state: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [version]);
  return list;
}

function toEntry(record: DocumentRecord): LibraryEntry {
  return { id: record.id, title: record.title, nodeCount: countNodes(record.json), updatedAt: record.updatedAt };
}

function countNodes(json: string): number | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (!isPlainObject(value)) return undefined;
    const nodes = value['nodes'];
    return Array.isArray(nodes) ? nodes.length : undefined;
  } catch {
    return undefined;
  }
}
