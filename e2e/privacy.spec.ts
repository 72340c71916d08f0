/**
 * No request leaves the app's origin, ever. Every spec already fails on an
 * off-origin request (helpers/test.ts); this one walks the whole journey in
 * one go (load, edit, layout, share, open the link, export, import) and
 * first proves the recorder would have seen a request if there were one.
 */
import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { nodeById } from './helpers/app';
import { exportFile } from './helpers/exportMenu';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every item of the Export menu, each ending in a download. */
async function exportEach(page: Page): Promise<number> {
  let downloads = 0;
  for (const item of ['PNG image…', 'SVG image', 'JSON file', 'Review report'] as const) {
    await exportFile(page, item);
    downloads += 1;
  }
  return downloads;
}

test('the recorder sees an off-origin request when there is one', async ({ page, offOriginRequests }) => {
  await page.setContent('<img src="http://127.0.0.1:9/pixel.png">');
  await expect.poll(() => offOriginRequests.length).toBeGreaterThan(0);
  expect(offOriginRequests[0]).toContain('127.0.0.1:9');
  offOriginRequests.length = 0; // the control did its job; the guard checks the rest of the suite
});

test('load, edit, layout, share, open the link, export and import without a request off the origin', async ({ page, context, offOriginRequests }) => {
  test.setTimeout(180_000);
  const sameOrigin: string[] = [];
  page.on('request', (r) => sameOrigin.push(r.url()));

  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Edit: drop a resource, rename it.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.getByTestId('palette-s3-bucket').dragTo(pane, { targetPosition: { x: box.width - 150, y: 120 } });
  const label = page.getByRole('textbox', { name: 'Label' });
  await label.fill('Audit logs');
  await label.press('Enter');
  await expect(page.getByTestId('node-label').filter({ hasText: 'Audit logs' })).toBeVisible();
  // Layout.
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByTestId('layout-progress')).toHaveCount(0, { timeout: 30_000 });
  // Share, and open the link in another tab.
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.keyboard.press('Escape');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('node-label').filter({ hasText: 'Audit logs' })).toBeVisible();
  await other.close();
  // Export everything there is to export, and import a file.
  expect(await exportEach(page)).toBe(4);
  const json = JSON.stringify({ format: 'ramparts-diagram', version: 1, title: 'Imported', nodes: [{ id: 'i', type: 'internet' }], edges: [] });
  await page.getByTestId('import-input').setInputFiles({ name: 'x.ramparts.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('diagram-title')).toHaveText('Imported');
  await expect(nodeById(page, 'i')).toBeVisible();

  expect(offOriginRequests).toEqual([]);
  // The journey did load things (so the recorder was listening), all from the app's origin.
  expect(sameOrigin.length).toBeGreaterThan(3);
  test.info().annotations.push({ type: 'requests', description: `${sameOrigin.length} requests, all same-origin` });
});
