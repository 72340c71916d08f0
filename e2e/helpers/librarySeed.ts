/**
 * Writes a document into the app's IndexedDB library and marks it as the
 * last opened one, from a static page of the same origin (so the app is not
 * running and saving its own start-up document meanwhile). Shared by the
 * end-to-end specs and the UI benchmark.
 */
import type { Page } from '@playwright/test';

export async function seedLibrary(page: Page, origin: string, json: string, id: string, title: string): Promise<void> {
  await page.goto(new URL('/schema/ramparts-diagram-v1.json', origin).toString());
  await page.evaluate(
    async ({ json, id, title }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('ramparts', 1);
        req.onupgradeneeded = () => {
          const d = req.result;
          if (!d.objectStoreNames.contains('documents')) d.createObjectStore('documents', { keyPath: 'id' });
          if (!d.objectStoreNames.contains('meta')) d.createObjectStore('meta');
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['documents', 'meta'], 'readwrite');
        const now = Date.now();
        tx.objectStore('documents').put({ id, title, json, createdAt: now, updatedAt: now + 1 });
        tx.objectStore('meta').put(id, 'lastOpenedId');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { json, id, title },
  );
}
