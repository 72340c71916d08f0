/**
 * "My diagrams": the library in this browser. Autosave survives a reload, a
 * first visit opens the sample design, documents can be created, switched,
 * renamed, duplicated and deleted, and the last opened document comes back
 * with its viewport. Each test runs in a fresh browser context, so each
 * starts as a first visit.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './helpers/test';
import type { Locator, Page } from '@playwright/test';
import { openApp, savedDiagram } from './helpers/app';

/** The sample a first visit opens (DEFAULT_TEMPLATE_ID in src/templates). */
const SAMPLE_TITLE = (JSON.parse(readFileSync(new URL('../src/templates/bastion-private-rds.ramparts.json', import.meta.url), 'utf8')) as { title: string }).title;
/** A reload loads and starts the whole app again: allow for a busy machine. */
const RELOAD = 15_000;
const EMPTY_HINT = 'Drag a resource from the palette, or start from a template';

const library = (page: Page) => page.getByRole('dialog', { name: 'My diagrams' });
const rows = (page: Page) => library(page).getByTestId('library-row');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByText(title, { exact: true }) });
/** The row's main button, whose name starts with the document's title. */
const openButton = (r: Locator, title: string) => r.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'My diagrams' }).click();
  await expect(library(page)).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

/** The React Flow viewport as drawn: translate(x, y) scale(zoom) on .react-flow__viewport. */
async function shownViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
  if (match === null) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

async function savedViewport(page: Page): Promise<{ x: number; y: number; zoom: number } | undefined> {
  return ((await savedDiagram(page)) as { viewport?: { x: number; y: number; zoom: number } }).viewport;
}

function close(a: { x: number; y: number; zoom: number }, b: { x: number; y: number; zoom: number } | undefined): boolean {
  return b !== undefined && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;
}

/** Waits until the viewport on screen is the one saved with the document; returns it. */
async function viewSaved(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  let shown = await shownViewport(page);
  await expect
    .poll(async () => {
      shown = await shownViewport(page);
      return close(shown, await savedViewport(page));
    })
    .toBe(true);
  return shown;
}

test('a first visit opens the sample design and saves it in the library', async ({ page }) => {
  await openApp(page);
  await expect(saveStatus(page)).toHaveText('Saved');
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, SAMPLE_TITLE)).toContainText(/\d+ nodes · edited just now/);
  await expect(openButton(row(page, SAMPLE_TITLE), SAMPLE_TITLE)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(library(page)).toBeHidden();
});

test('an edit is saved within a second and is there after a reload', async ({ page }) => {
  test.slow(); // reloads the whole app
  await openApp(page);
  await page.getByTestId('node-label').first().dblclick();
  const field = page.locator('.react-flow__node input[aria-label="Label"]');
  await field.fill('Renamed before reload');
  await field.press('Enter');
  await expect(page.getByTestId('node-label').filter({ hasText: 'Renamed before reload' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');
  expect((await savedDiagram(page)).nodes.some((n) => n.label === 'Renamed before reload')).toBe(true);

  await page.reload();
  await expect(page.getByTestId('node-label').filter({ hasText: 'Renamed before reload' })).toBeVisible({ timeout: RELOAD });
});

test('new, switch, rename, duplicate and delete in My diagrams', async ({ page }) => {
  test.slow(); // reloads the whole app
  await openApp(page);
  await expect(saveStatus(page)).toHaveText('Saved');

  // New diagram: an empty canvas that teaches how to start; the sample stays in the library.
  await page.getByRole('button', { name: 'New diagram', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByText(EMPTY_HINT)).toBeVisible();
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(2);
  await expect(openButton(row(page, 'Untitled diagram'), 'Untitled diagram')).toHaveAttribute('aria-current', 'true');

  // Switch back to the sample (Enter on its row).
  await openButton(row(page, SAMPLE_TITLE), SAMPLE_TITLE).focus();
  await page.keyboard.press('Enter');
  await expect(library(page)).toBeHidden();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByText(EMPTY_HINT)).toBeHidden();

  // Rename the open document: the library entry and the diagram's own title.
  await openLibrary(page);
  await row(page, SAMPLE_TITLE).getByRole('button', { name: `Rename “${SAMPLE_TITLE}”` }).click();
  const name = library(page).getByRole('textbox', { name: 'Diagram name' });
  await name.fill('Payments VPC');
  await name.press('Enter');
  await expect(row(page, 'Payments VPC')).toBeVisible();
  await expect.poll(async () => (await savedDiagram(page)).title).toBe('Payments VPC');

  // Duplicate.
  await row(page, 'Payments VPC').getByRole('button', { name: 'Duplicate “Payments VPC”' }).click();
  await expect(row(page, 'Copy of Payments VPC')).toBeVisible();
  await expect(rows(page)).toHaveCount(3);

  // Delete asks first; Cancel keeps it.
  const copy = row(page, 'Copy of Payments VPC');
  await copy.getByRole('button', { name: 'Delete “Copy of Payments VPC”' }).click();
  const confirmation = rows(page).filter({ hasText: 'This cannot be undone' });
  await expect(confirmation).toContainText('Delete “Copy of Payments VPC”?');
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows(page)).toHaveCount(3);
  await copy.getByRole('button', { name: 'Delete “Copy of Payments VPC”' }).click();
  await rows(page).filter({ hasText: 'This cannot be undone' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, 'Copy of Payments VPC')).toHaveCount(0);

  // Deleting the open document opens another one.
  await row(page, 'Payments VPC').getByRole('button', { name: 'Delete “Payments VPC”' }).click();
  await rows(page).filter({ hasText: 'This cannot be undone' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(openButton(row(page, 'Untitled diagram'), 'Untitled diagram')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByText(EMPTY_HINT)).toBeVisible();

  // All of it survives a reload.
  await page.reload();
  await expect(page.getByText(EMPTY_HINT)).toBeVisible({ timeout: RELOAD });
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(1);
});

test('a template started from the empty canvas fills it, and the library keeps both documents apart', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New diagram', exact: true }).click();
  await expect(page.getByText(EMPTY_HINT)).toBeVisible();
  await page.getByTestId('empty-state').getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');
  await openLibrary(page);
  // The blank document became the template: no empty leftover.
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, 'Untitled diagram')).toHaveCount(0);
});

test('after a reload the last opened document comes back with its viewport', async ({ page }) => {
  test.slow(); // reloads the whole app
  await openApp(page);
  await expect(saveStatus(page)).toHaveText('Saved');
  const fitted = await shownViewport(page);
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();

  // Saved once it stops moving.
  const shown = await viewSaved(page);
  expect(shown.zoom).toBeGreaterThan(fitted.zoom * 1.1);
  await expect(saveStatus(page)).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: RELOAD });
  await expect.poll(async () => close(shown, await shownViewport(page))).toBe(true);
});

test('a pan with the middle button is saved where it ends, and a view only opened is not written back', async ({ page }) => {
  await openApp(page);
  await expect(saveStatus(page)).toHaveText('Saved');
  // The sample opens fitted, with no stored view: opening it wrote nothing back.
  const opened = await shownViewport(page);
  await page.waitForTimeout(1500);
  expect(await savedViewport(page)).toBeUndefined();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(pane.x + pane.width / 2 + 150, pane.y + pane.height / 2 + 80, { steps: 12 });
  await page.mouse.up({ button: 'middle' });
  const shown = await viewSaved(page);
  expect(Math.abs(shown.x - opened.x)).toBeGreaterThan(100);
});
