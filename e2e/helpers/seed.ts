/** Opening a given diagram the way a returning user would: put it in the library (IndexedDB), then load the app. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedLibrary } from './librarySeed';
import { drawnNodes } from './app';

export function projectFile(path: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', path), 'utf8');
}

export async function openWithDiagram(page: Page, json: string, id = 'seeded'): Promise<void> {
  const title = (JSON.parse(json) as { title?: string }).title ?? 'Seeded';
  await seedLibrary(page, test.info().project.use.baseURL ?? 'http://localhost:4173/', json, id, title);
  await page.goto('/');
  // A large diagram takes a while to draw on a busy machine.
  await expect(drawnNodes(page).first()).toBeVisible({ timeout: 60_000 });
}
