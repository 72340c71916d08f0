/** Shared steps for specs: open the app, find nodes, read what was saved, drag like a person. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

export function nodeById(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Zoomed out below 30%, a node React Flow does not mount is drawn by the overview layer instead. */
export function overviewNodeById(page: Page, id: string): Locator {
  return page.locator(`[data-testid="overview-node"][data-id="${id}"]`);
}

/** Every drawn node, mounted by React Flow or drawn by the overview layer (a large design opens zoomed out). */
export function drawnNodes(page: Page): Locator {
  return page.locator('.react-flow__node, [data-testid="overview-node"]');
}

export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drag with the mouse in several steps, as a hand would (React Flow needs intermediate moves). */
export async function dragBy(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Drag a node by its icon (the top of the node, away from the label) to a screen point. */
export async function dragNodeTo(page: Page, id: string, to: { x: number; y: number }): Promise<void> {
  const box = await nodeById(page, id).boundingBox();
  if (box === null) throw new Error(`node ${id} not visible`);
  await dragBy(page, { x: box.x + box.width / 2, y: box.y + 24 }, to);
}

/** The diagram as the library saved it (IndexedDB `ramparts`/`documents`, the open document). */
export async function savedDiagram(page: Page): Promise<{ nodes: { id: string; type: string; parent?: string; label?: string; position?: { x: number; y: number }; props?: Record<string, unknown> }[]; edges: { id: string; kind: string; source: string; target: string; props?: Record<string, unknown> }[]; title?: string }> {
  const json = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('ramparts', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const get = <T,>(store: string, key: string) =>
      new Promise<T | undefined>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).get(key);
        req.onsuccess = () => resolve(req.result as T | undefined);
        req.onerror = () => reject(req.error);
      });
    const id = await get<string>('meta', 'lastOpenedId');
    const doc = id === undefined ? undefined : await get<{ json: string }>('documents', id);
    db.close();
    return doc?.json ?? '{}';
  });
  return JSON.parse(json);
}

/** Waits until the saved diagram satisfies `check` (autosave runs within a second of an edit). */
export async function expectSaved(page: Page, check: (d: Awaited<ReturnType<typeof savedDiagram>>) => boolean, message: string): Promise<void> {
  await expect.poll(async () => check(await savedDiagram(page)), { message, timeout: 5000 }).toBe(true);
}

/** Empties the canvas with the keyboard (select all, delete). */
export async function clearCanvas(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}
