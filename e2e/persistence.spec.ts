/**
 * Nothing lost: a tab that is closed or killed keeps what autosave confirmed
 * (and an edit a second old); when the browser's storage is full (as
 * Chromium, Firefox and WebKit each report it) a banner offers the JSON and
 * saving keeps being retried, without a partial write over the saved
 * document; two tabs on one diagram follow each other or ask, and never
 * silently overwrite each other.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './helpers/test';

const SAMPLE_TITLE = (JSON.parse(readFileSync(new URL('../src/templates/bastion-private-rds.ramparts.json', import.meta.url), 'utf8')) as { title: string }).title;
/** Opening the app starts it from scratch (two at once in some tests): allow for a busy machine. */
const REOPEN = 30_000;
const FULL_TEXT = "Your browser's storage is full: the last changes are not saved";

type QuotaForm = 'chromium' | 'firefox' | 'webkit';

interface StoredRecord {
  readonly id: string;
  readonly title: string;
  readonly json: string;
  readonly updatedAt: number;
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: REOPEN });
}

const saveStatus = (page: Page) => page.getByTestId('save-status');
const labelled = (page: Page, text: string) => page.getByTestId('node-label').filter({ hasText: text });
const fullBanner = (page: Page) => page.getByTestId('storage-full-banner');
const conflictBanner = (page: Page) => page.getByTestId('conflict-banner');

/** Renames the first node on the canvas, as a person does (double-click the label, type, Enter). */
async function renameFirstNode(page: Page, text: string): Promise<void> {
  await page.getByTestId('node-label').first().dblclick();
  const field = page.locator('.react-flow__node input[aria-label="Label"]');
  await field.fill(text);
  await field.press('Enter');
  await expect(labelled(page, text)).toBeVisible();
}

/** Every document in the library, read straight from IndexedDB (reads are never faulted). */
async function storedRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('ramparts', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<StoredRecord[]>((resolve, reject) => {
      const req = db.transaction('documents').objectStore('documents').getAll();
      req.onsuccess = () => resolve(req.result as StoredRecord[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all;
  });
}

async function storedRecord(page: Page): Promise<StoredRecord> {
  const all = await storedRecords(page);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function labelsOf(record: StoredRecord): string[] {
  return (JSON.parse(record.json) as { nodes: { label?: string }[] }).nodes.map((n) => n.label ?? '');
}

/**
 * Makes IndexedDB writes fail on demand, the way each engine reports a full
 * disk: set `window.__storageFault` to a form, unset it to lift the fault.
 * Firefox's form is thrown by put() itself; Chromium's and WebKit's let the
 * write be made, then fail the transaction so the browser rolls it back.
 */
async function installStorageFault(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __storageFault?: QuotaForm; __faultedPuts: number };
    w.__faultedPuts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const fault = w.__storageFault;
      if (fault === undefined) return put.apply(this, args);
      w.__faultedPuts += 1;
      if (fault === 'firefox') throw new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED');
      const error =
        fault === 'chromium'
          ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          : Object.assign(new Error('DOM Exception 22'), { name: 'Error', code: 22 }); // WebKit: only the legacy code says it
      const request = put.apply(this, args);
      Object.defineProperty(request, 'error', { configurable: true, get: () => error });
      Object.defineProperty(this.transaction, 'error', { configurable: true, get: () => error });
      this.transaction.abort();
      return request;
    };
  });
}

async function setStorageFault(page: Page, form: QuotaForm | undefined): Promise<void> {
  await page.evaluate((f) => {
    (window as unknown as { __storageFault?: string }).__storageFault = f ?? undefined;
  }, form ?? null);
}

const faultedPuts = (page: Page) => page.evaluate(() => (window as unknown as { __faultedPuts: number }).__faultedPuts);

test.describe('a tab that goes away', () => {
  test('an edit confirmed as saved is there after the tab is closed abruptly', async ({ context, page }) => {
    test.slow(); // opens the whole app twice
    await openApp(page);
    await renameFirstNode(page, 'Confirmed before close');
    await expect(saveStatus(page)).toHaveText('Saved');
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto('/');
    await expect(labelled(again, 'Confirmed before close')).toBeVisible({ timeout: REOPEN });
  });

  test('an edit one second old survives the tab crashing, with no chance to save on the way out', async ({ context, page }) => {
    test.slow(); // opens the whole app twice
    await openApp(page);
    await expect(saveStatus(page)).toHaveText('Saved');
    await renameFirstNode(page, 'Made a second before the crash');
    await page.waitForTimeout(1000);
    // The renderer dies at once: no pagehide, no visibilitychange, no unload handler runs.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    const again = await context.newPage();
    await again.goto('/');
    await expect(labelled(again, 'Made a second before the crash')).toBeVisible({ timeout: REOPEN });
  });
});

test.describe('storage full', () => {
  for (const form of ['chromium', 'firefox', 'webkit'] as const) {
    test(`reported as ${form} reports it: a banner, a download, retries, and the saved document untouched`, async ({ context, page }) => {
      test.slow();
      await installStorageFault(context);
      await openApp(page);
      await expect(saveStatus(page)).toHaveText('Saved');
      const before = await storedRecord(page);

      await setStorageFault(page, form);
      await renameFirstNode(page, 'Edited while full');
      const banner = fullBanner(page);
      await expect(banner).toBeVisible();
      await expect(banner).toContainText(FULL_TEXT);
      await expect(saveStatus(page)).toHaveText('Not saved');
      await expect(saveStatus(page)).toHaveAttribute('data-state', 'error');

      // The failed transaction left the previous record exactly as it was.
      expect(await storedRecord(page)).toEqual(before);

      // Saving keeps being retried on its own, and each try leaves the record intact.
      const tries = await faultedPuts(page);
      await expect.poll(() => faultedPuts(page), { timeout: 10_000 }).toBeGreaterThan(tries + 1);
      await expect(banner).toBeVisible();
      expect(await storedRecord(page)).toEqual(before);

      // The unsaved diagram can be downloaded, canonical JSON named after its title.
      const downloading = page.waitForEvent('download');
      await banner.getByRole('button', { name: 'Download JSON' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${SAMPLE_TITLE}.ramparts.json`);
      const file = readFileSync(await download.path(), 'utf8');
      const downloaded = JSON.parse(file) as { format: string; nodes: { label?: string }[] };
      expect(downloaded.format).toBe('ramparts-diagram');
      expect(downloaded.nodes.map((n) => n.label)).toContain('Edited while full');
      expect(file.endsWith('\n')).toBe(true);

      // The disk has room again: the next retry lands, the banner goes, the edit is stored.
      await setStorageFault(page, undefined);
      await expect(banner).toBeHidden({ timeout: 15_000 });
      await expect(saveStatus(page)).toHaveText('Saved');
      const after = await storedRecord(page);
      expect(labelsOf(after)).toContain('Edited while full');
      expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    });
  }

  test('"Try again" retries at once', async ({ context, page }) => {
    test.slow();
    await installStorageFault(context);
    await openApp(page);
    await expect(saveStatus(page)).toHaveText('Saved');
    await setStorageFault(page, 'chromium');
    await renameFirstNode(page, 'Retried by hand');
    await expect(fullBanner(page)).toBeVisible();
    // After three failed tries the next automatic one is four seconds away (1 s, 2 s, 4 s, …).
    await expect.poll(() => faultedPuts(page)).toBeGreaterThanOrEqual(3);
    await setStorageFault(page, undefined);
    await fullBanner(page).getByRole('button', { name: 'Try again' }).click();
    await expect(fullBanner(page)).toBeHidden({ timeout: 2500 });
    await expect(saveStatus(page)).toHaveText('Saved');
    expect(labelsOf(await storedRecord(page))).toContain('Retried by hand');
  });
});

test.describe('two tabs on one diagram', () => {
  /** The second tab, opened on the same (last opened) document once the first has saved it. */
  async function secondTab(context: BrowserContext, first: Page, prepare?: (second: Page) => Promise<void>): Promise<Page> {
    await openApp(first);
    await expect(saveStatus(first)).toHaveText('Saved');
    const second = await context.newPage();
    await prepare?.(second);
    await openApp(second);
    await expect(saveStatus(second)).toHaveText('Saved');
    return second;
  }

  test('a tab with no unsaved edits follows the other one, keeping its own view and selection', async ({ context, page }) => {
    test.slow();
    const other = await secondTab(context, page);
    // The other tab looks at the diagram its own way: zoomed in, a node selected.
    await other.getByRole('button', { name: 'Zoom In' }).click();
    const selected = other.locator('.react-flow__node').nth(1);
    const selectedId = await selected.getAttribute('data-id');
    await selected.getByTestId('node-label').click();
    await expect(other.locator('.react-flow__node.selected')).toHaveAttribute('data-id', selectedId ?? '');
    await expect(saveStatus(other)).toHaveText('Saved');
    const view = await other.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

    await renameFirstNode(page, 'Changed in the first tab');
    await expect(saveStatus(page)).toHaveText('Saved');

    await expect(labelled(other, 'Changed in the first tab')).toBeVisible();
    await expect(conflictBanner(other)).toBeHidden();
    await expect(other.locator('.react-flow__node.selected')).toHaveAttribute('data-id', selectedId ?? '');
    expect(await other.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).toBe(view);
    // Following is not an edit: nothing is written back, and the first tab's version stays.
    await other.waitForTimeout(1500);
    expect(labelsOf(await storedRecord(page))).toContain('Changed in the first tab');
    await expect(conflictBanner(page)).toBeHidden();
  });

  test('unsaved edits when the other tab saves: asked, and "Load their version" takes theirs', async ({ context, page }) => {
    test.slow();
    await installStorageFault(context);
    const other = await secondTab(context, page);
    // The other tab's edit cannot be written yet (its storage refuses), so it is unsaved there.
    await setStorageFault(other, 'chromium');
    await renameFirstNode(other, 'Unsaved in the second tab');
    await expect(saveStatus(other)).toContainText('Not saved');

    await renameFirstNode(page, 'Saved in the first tab');
    await expect(saveStatus(page)).toHaveText('Saved');

    const banner = conflictBanner(other);
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('This diagram was changed in another tab');
    await expect(saveStatus(other)).toContainText('Not saved');
    // Room again: still nothing is written over the first tab's version while the question is open.
    await setStorageFault(other, undefined);
    await expect(fullBanner(other)).toBeHidden({ timeout: 15_000 });
    await other.waitForTimeout(1500);
    expect(labelsOf(await storedRecord(page))).toContain('Saved in the first tab');

    await banner.getByRole('button', { name: 'Load their version' }).click();
    await expect(banner).toBeHidden();
    await expect(labelled(other, 'Saved in the first tab')).toBeVisible();
    await expect(labelled(other, 'Unsaved in the second tab')).toHaveCount(0);
    await expect(saveStatus(other)).toHaveText('Saved');
    const records = await storedRecords(page);
    expect(records).toHaveLength(1);
    expect(labelsOf(records[0]!)).toContain('Saved in the first tab');
  });

  test('a tab that missed the news is refused at write time, and "Keep mine" saves it as a copy', async ({ context, page }) => {
    test.slow();
    // This tab hears nothing from the other (a browser without BroadcastChannel, a lost message): only the write guard stands.
    const other = await secondTab(context, page, async (second) => {
      await second.addInitScript(() => {
        Object.defineProperty(window, 'BroadcastChannel', { value: undefined, configurable: true });
      });
    });
    await renameFirstNode(page, 'Saved in the first tab');
    await expect(saveStatus(page)).toHaveText('Saved');
    const theirs = await storedRecord(page);

    await renameFirstNode(other, 'Edited in the second tab');
    const banner = conflictBanner(other);
    await expect(banner).toBeVisible();
    await expect(saveStatus(other)).toContainText('Not saved');
    expect(await storedRecord(page)).toEqual(theirs);

    await banner.getByRole('button', { name: 'Keep mine (save as a copy)' }).click();
    await expect(banner).toBeHidden();
    await expect(other.getByTestId('diagram-title')).toHaveText(`${SAMPLE_TITLE} (my copy)`);
    await expect(labelled(other, 'Edited in the second tab')).toBeVisible();
    await expect(saveStatus(other)).toHaveText('Saved');
    await expect.poll(async () => (await storedRecords(page)).length).toBe(2);
    const records = await storedRecords(page);
    const original = records.find((r) => r.id === theirs.id);
    const copy = records.find((r) => r.id !== theirs.id);
    expect(original).toEqual(theirs);
    expect(copy?.title).toBe(`${SAMPLE_TITLE} (my copy)`);
    expect(labelsOf(copy!)).toContain('Edited in the second tab');
    expect(labelsOf(copy!)).not.toContain('Saved in the first tab');
  });
});

test('the save status tells, when pointed at, the time of the last save', async ({ page }) => {
  await openApp(page);
  const status = page.getByTestId('save-status');
  // An edit, so there is a save to tell of.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Timed');
  await title.press('Enter');
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await expect(status).toHaveAttribute('title', /^Saved in this browser/);
  await status.hover();
  await expect(status).toHaveAttribute('title', /^Saved in this browser at \d{1,2}[:.]\d{2}/);
});
