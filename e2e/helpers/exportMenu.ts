/** The Export menu as a person uses it: open it, choose an item, take the download. */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';

export type ExportItem = 'PNG image…' | 'SVG image' | 'JSON file' | 'Review report';

/**
 * Chooses an item; `download` settles with its file (the PNG item first opens
 * its options dialog). Wrapped in an object: an async function returning the
 * bare promise would wait for the download before the caller could click.
 */
export async function startExport(page: Page, item: ExportItem): Promise<{ download: Promise<Download> }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return { download };
}

/** Exports with the default options and returns the file's name and bytes. */
export async function exportFile(page: Page, item: ExportItem): Promise<{ name: string; bytes: Buffer }> {
  const { download } = await startExport(page, item);
  if (item === 'PNG image…') await page.getByRole('button', { name: 'Export PNG' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
