/**
 * Zoomed out below 30%, the canvas draws a lighter form of the diagram so a
 * 1,000-node design stays smooth: nodes lose their labels and keep a finding
 * mark in their severity's colour, drawn by one overview layer (React Flow
 * mounts only the selected nodes); edges are drawn together in one layer,
 * except the selected ones. A person zooming out, clicking, dragging,
 * rubber-banding and zooming back in sees the same diagram throughout.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/test';
import { centerOf, dragBy, drawnNodes, expectSaved, nodeById, openApp, overviewNodeById, savedDiagram } from './helpers/app';

async function zoomPercent(page: Page): Promise<number> {
  return Number((await page.getByTestId('zoom-level').textContent())?.replace('%', ''));
}

/** Clicks Zoom Out until the zoom is below `percent`, or Zoom In until it is at least `percent`, a step at a time. */
async function zoomPast(page: Page, direction: 'out' | 'in', percent: number): Promise<void> {
  const button = page.getByRole('button', { name: direction === 'out' ? 'Zoom Out' : 'Zoom In' });
  const there = async () => (direction === 'out' ? (await zoomPercent(page)) < percent : (await zoomPercent(page)) >= percent);
  for (let i = 0; i < 20 && !(await there()); i++) {
    const before = await zoomPercent(page);
    await button.click();
    await expect.poll(() => zoomPercent(page)).not.toBe(before);
  }
  expect(await there()).toBe(true);
}

const zoomOutBelow = (page: Page, percent: number) => zoomPast(page, 'out', percent);

/** Arrowheads drawn in the overview layer: one closed triangle per edge. */
async function overviewArrowheads(page: Page): Promise<number> {
  return page.locator('[data-testid="edge-overview"] path.edge-marker').evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/Z/g)?.length ?? 0), 0));
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await expect(nodeById(page, 'db')).toBeVisible();
});

test('zoomed out, nodes drop their labels for finding marks and edges are drawn in one layer; zooming back in restores them', async ({ page }) => {
  const diagram = await savedDiagram(page);
  const edgeCount = diagram.edges.length;
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgeCount);
  const severities = async () => (await page.locator('.react-flow__node [data-testid="finding-badge"], [data-testid="overview-node"] [data-testid="finding-badge"]').evaluateAll((b) => b.map((e) => e.getAttribute('data-severity')))).sort();
  const before = await severities();
  expect(before.length).toBeGreaterThan(0);
  await expect(nodeById(page, 'db').locator('.node-label')).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();

  await zoomOutBelow(page, 30);
  // Every node drawn by the overview with its mark and the same severities, no labels, no React Flow nodes or edges.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(overviewNodeById(page, 'db')).toBeVisible();
  await expect(drawnNodes(page)).toHaveCount(diagram.nodes.length);
  await expect(page.locator('.node-label')).toHaveCount(0);
  expect(await severities()).toEqual(before);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.getByTestId('edge-overview')).toBeAttached();
  await expect.poll(() => overviewArrowheads(page)).toBe(edgeCount);
  // The canvas is the overview now: no minimap.
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  // Every node keeps its icon, drawn from a bitmap copy once one is made (an SVG icon is costly to paint a thousand times).
  const icons = page.locator('[data-testid="overview-node"] image');
  await expect(icons).toHaveCount(diagram.nodes.length);
  await expect.poll(() => icons.evaluateAll((images) => images.filter((i) => !i.getAttribute('href')!.startsWith('data:image/png')).length)).toBe(0);
  // Further out a mark's count would be under 3 px: the pill stays, in its colour, and says its count to a screen reader.
  const marks = page.locator('[data-testid="overview-node"] [data-testid="finding-badge"]');
  expect(await marks.locator('text').count()).toBe(before.length);
  const labels = await marks.evaluateAll((m) => m.map((e) => e.getAttribute('aria-label')));
  await zoomOutBelow(page, 15);
  await expect(marks.locator('text')).toHaveCount(0);
  expect(await severities()).toEqual(before);
  expect(await marks.evaluateAll((m) => m.map((e) => e.getAttribute('aria-label')))).toEqual(labels);
  expect(labels.every((l) => /\d/.test(l ?? ''))).toBe(true);

  // Selecting everything hands nodes and edges back to React Flow, which draws the edges with their labels.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(diagram.nodes.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgeCount);
  await expect.poll(() => overviewArrowheads(page)).toBe(0);
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await page.getByTestId('zoom-level').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('100%');
  await expect(page.getByTestId('edge-overview')).toHaveCount(0);
  await expect(page.getByTestId('node-overview')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgeCount);
  await expect(nodeById(page, 'db').locator('.node-label')).toBeVisible();
});

test('zoomed out, pressing and dragging a node moves it, the overview lines follow, and it is one undo step', async ({ page }) => {
  await zoomOutBelow(page, 30);
  const before = (await savedDiagram(page)).nodes.find((n) => n.id === 'db')!;
  const lines = () => page.locator('[data-testid="edge-overview"] path.react-flow__edge-path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''));
  const linesBefore = await lines();
  const from = await centerOf(overviewNodeById(page, 'db'));
  // 12 screen pixels at under 30% is some 40 diagram units: the database stays inside its subnet.
  await dragBy(page, from, { x: from.x + 12, y: from.y + 6 });
  await expectSaved(page, (d) => {
    const p = d.nodes.find((n) => n.id === 'db')!.position!;
    return p.x > before.position!.x + 20 && p.y > before.position!.y + 5;
  }, 'the database moved right and down');
  const after = (await savedDiagram(page)).nodes.find((n) => n.id === 'db')!;
  expect(after.parent).toBe(before.parent);
  expect(after.position!.x % 8).toBe(0); // on the grid, as a React Flow drag snaps
  expect(await lines()).not.toBe(linesBefore);
  // The pressed node is selected: the inspector shows it and React Flow now mounts it.
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue(before.label ?? '');
  await expect(nodeById(page, 'db')).toHaveClass(/selected/);

  await page.keyboard.press('ControlOrMeta+z');
  await expectSaved(page, (d) => {
    const p = d.nodes.find((n) => n.id === 'db')!.position!;
    return p.x === before.position!.x && p.y === before.position!.y;
  }, 'undo put the database back');
});

test('zoomed out, a click selects a node, Shift-click adds one, a rubber band selects what it encloses, and Fit still fits everything', async ({ page }) => {
  const diagram = await savedDiagram(page);
  await zoomOutBelow(page, 30);
  const selected = page.locator('.react-flow__node.selected');

  await overviewNodeById(page, 'db').click();
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', 'db');
  // (The database's exposure path is highlighted now, so its nodes are mounted: take one still drawn by the overview.)
  const other = page.locator('.node-overview.is-resources [data-testid="overview-node"]').first();
  const otherId = await other.getAttribute('data-id');
  await other.click({ modifiers: ['Shift'] });
  await expect(nodeById(page, otherId!)).toHaveClass(/selected/);
  await expect(selected).toHaveCount(2);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(selected).toHaveCount(0);

  // A rubber band from empty canvas around the whole drawing selects every node in it.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await dragBy(page, { x: pane.x + 4, y: pane.y + 4 }, { x: pane.x + pane.width - 4, y: pane.y + pane.height - 4 });
  await expect(selected).toHaveCount(diagram.nodes.length);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(selected).toHaveCount(0);

  // Fit frames the whole diagram, not just what React Flow mounts (nothing, now).
  await page.getByRole('button', { name: 'Fit diagram' }).click();
  await expect.poll(() => zoomPercent(page)).toBeGreaterThanOrEqual(30);
  await expect.poll(async () => {
    const boxes = await drawnNodes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    return boxes.every(([l, t, r, b]) => l! >= pane.x - 1 && t! >= pane.y - 1 && r! <= pane.x + pane.width + 1 && b! <= pane.y + pane.height + 1);
  }).toBe(true);
});

test('zoomed out, a press whose release never reached the page (let go outside the window) does not drag the node on the next move', async ({ page }) => {
  await zoomOutBelow(page, 30);
  const before = (await savedDiagram(page)).nodes.find((n) => n.id === 'db')!.position!;
  await overviewNodeById(page, 'db').dispatchEvent('pointerdown', { button: 0, buttons: 1, isPrimary: true, bubbles: true });
  await expect(nodeById(page, 'db')).toHaveClass(/selected/);
  // The mouse moves with no button held: the press is over, nothing follows the pointer.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 40, pane.y + 40);
  await page.mouse.move(pane.x + 200, pane.y + 120, { steps: 5 });
  await page.waitForTimeout(1200);
  expect((await savedDiagram(page)).nodes.find((n) => n.id === 'db')!.position).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('zoomed out, an edit that changes a node\'s findings changes its mark once it is drawn by the overview again', async ({ page }) => {
  await zoomOutBelow(page, 30);
  const mark = overviewNodeById(page, 'db').locator('[data-testid="finding-badge"]');
  const before = await mark.getAttribute('data-severity');
  expect(before).not.toBe('error');
  await overviewNodeById(page, 'db').click();
  await page.getByRole('tab', { name: 'Properties' }).click();
  await page.getByRole('switch', { name: 'Publicly accessible' }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(mark).toHaveAttribute('data-severity', 'error');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(mark).toHaveAttribute('data-severity', before ?? '');
});

test('zoomed out, a drag that starts on a node with Space held pans the view and leaves the node where it was', async ({ page }) => {
  await zoomOutBelow(page, 30);
  const before = (await savedDiagram(page)).nodes.find((n) => n.id === 'db')!.position!;
  const transform = () => page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
  const viewBefore = await transform();
  const from = await centerOf(overviewNodeById(page, 'db'));
  await page.keyboard.down('Space');
  await dragBy(page, from, { x: from.x + 120, y: from.y + 60 });
  await page.keyboard.up('Space');
  await expect.poll(transform).not.toBe(viewBefore);
  await page.waitForTimeout(1200);
  expect((await savedDiagram(page)).nodes.find((n) => n.id === 'db')!.position).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('zoomed out, a finding mark shows its count down to 15% and only its colour below; zooming back in shows the count again', async ({ page }) => {
  const marks = page.locator('[data-testid="overview-node"] [data-testid="finding-badge"]');
  const counts = page.locator('[data-testid="overview-node"] [data-testid="finding-badge"] text');
  await zoomOutBelow(page, 30);
  expect(await zoomPercent(page)).toBeGreaterThanOrEqual(15);
  await expect(marks.first()).toBeVisible();
  const markCount = await marks.count();
  await expect(counts).toHaveCount(markCount);
  // Each is a number of findings.
  for (const text of await counts.allTextContents()) expect(Number(text)).toBeGreaterThan(0);
  await zoomOutBelow(page, 15);
  await expect(counts).toHaveCount(0);
  await expect(marks).toHaveCount(markCount);
  await zoomPast(page, 'in', 15);
  expect(await zoomPercent(page)).toBeLessThan(30);
  await expect(counts).toHaveCount(markCount);
});
