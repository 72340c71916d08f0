/** Reading the app's IndexedDB library from a spec: every stored document (viewport aside), to prove what changed and what did not. */
import type { Page } from '@playwright/test';

export interface StoredDocument {
  readonly id: string;
  readonly title: string;
  readonly json: string;
  readonly updatedAt: number;
}

export async function libraryDocuments(page: Page): Promise<StoredDocument[]> {
  const docs = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('ramparts', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    if (!db.objectStoreNames.contains('documents')) {
      db.close();
      return [];
    }
    const all: StoredDocument[] = await new Promise((resolve, reject) => {
      const req = db.transaction('documents').objectStore('documents').getAll();
      req.onsuccess = () => resolve(req.result as StoredDocument[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all.map(({ id, title, json, updatedAt }) => ({ id, title, json, updatedAt }));
  });
  // The viewport is saved whenever the view settles (not an edit); what a
  // document holds is the rest, so comparisons leave the viewport out.
  return docs.map((d) => ({ ...d, json: withoutViewport(d.json) })).sort((a, b) => a.id.localeCompare(b.id));
}

function withoutViewport(json: string): string {
  try {
    const { viewport: _v, ...rest } = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return json;
  }
}
