/**
 * Zoomed out below 30%, the canvas draws a lighter form of the diagram so a
 * 1,000-node design stays smooth: nodes lose their labels and keep a finding
 * mark in their severity's colour; edges are drawn together in one layer,
 * except the selected ones. A person zooming out, dragging and zooming back
 * in sees the same diagram throughout.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/test';
import { centerOf, dragBy, expectSaved, nodeById, openApp, savedDiagram } from './helpers/app';

async function zoomPercent(page: Page): Promise<number> {
  return Number((await page.getByTestId('zoom-level').textContent())?.replace('%', ''));
}

async function zoomOutBelow(page: Page, percent: number): Promise<void> {
  const button = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 20 && (await zoomPercent(page)) >= percent; i++) {
    const before = await zoomPercent(page);
    await button.click();
    await expect.poll(() => zoomPercent(page)).toBeLessThan(before);
  }
  expect(await zoomPercent(page)).toBeLessThan(percent);
}

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
  const severities = async () => (await page.locator('.react-flow__node [data-testid="finding-badge"]').evaluateAll((b) => b.map((e) => e.getAttribute('data-severity')))).sort();
  const before = await severities();
  expect(before.length).toBeGreaterThan(0);
  await expect(nodeById(page, 'db').locator('.node-label')).toBeVisible();

  await zoomOutBelow(page, 30);
  // Labels gone, a mark per badge with the same severities, no React Flow edges, every edge in the overview.
  await expect(nodeById(page, 'db').locator('.node-label')).toHaveCount(0);
  await expect(nodeById(page, 'db').locator('.finding-mark')).toBeVisible();
  expect(await severities()).toEqual(before);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.getByTestId('edge-overview')).toBeAttached();
  await expect.poll(() => overviewArrowheads(page)).toBe(edgeCount);

  // Selecting everything hands the edges back to React Flow, which draws them with their labels.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgeCount);
  await expect.poll(() => overviewArrowheads(page)).toBe(0);
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  await page.getByTestId('zoom-level').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('100%');
  await expect(page.getByTestId('edge-overview')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(edgeCount);
  await expect(nodeById(page, 'db').locator('.node-label')).toBeVisible();
});

test('zoomed out, dragging a node moves it and the overview lines follow it', async ({ page }) => {
  await zoomOutBelow(page, 30);
  const before = (await savedDiagram(page)).nodes.find((n) => n.id === 'db')!.position!;
  const lines = () => page.locator('[data-testid="edge-overview"] path.react-flow__edge-path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(''));
  const linesBefore = await lines();
  const from = await centerOf(nodeById(page, 'db'));
  // 12 screen pixels at under 30% is some 40 diagram units: the database stays inside its subnet.
  await dragBy(page, from, { x: from.x + 12, y: from.y + 6 });
  await expectSaved(page, (d) => {
    const p = d.nodes.find((n) => n.id === 'db')!.position!;
    return p.x > before.x + 20 && p.y > before.y + 5;
  }, 'the database moved right and down');
  expect(await lines()).not.toBe(linesBefore);
});
