/** Opening a given diagram the way a returning user would: put it in the library (IndexedDB), then load the app. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectFile(path: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', path), 'utf8');
}

export async function openWithDiagram(page: Page, json: string, id = 'seeded'): Promise<void> {
  // Seed from a static page of the same origin, so the app is not running
  // (and saving its own start-up document) while the library is written.
  await page.goto('/schema/ramparts-diagram-v1.json');
  await page.evaluate(
    async ({ json, id }) => {
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
        const title = (JSON.parse(json) as { title?: string }).title ?? 'Seeded';
        tx.objectStore('documents').put({ id, title, json, createdAt: now, updatedAt: now + 1 });
        tx.objectStore('meta').put(id, 'lastOpenedId');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { json, id },
  );
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}
