/**
 * A diagram file without positions opens laid out (elkjs in a worker), and
 * "Auto layout" tidies a messy canvas as one undo step.
 */
import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { dragBy, drawnNodes, expectSaved, nodeById, savedDiagram } from './helpers/app';
import { openWithDiagram, projectFile } from './helpers/seed';

function positionless(): string {
  const d = JSON.parse(projectFile('bench/fixtures/design-25.ramparts.json')) as { nodes: { position?: unknown; size?: unknown }[] };
  for (const n of d.nodes) {
    delete n.position;
    delete n.size;
  }
  return JSON.stringify(d);
}

async function resourceBoxes(page: Page) {
  return page.locator('.react-flow__node-resource').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { id: e.getAttribute('data-id')!, x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

function overlapping(boxes: { id: string; x: number; y: number; w: number; h: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) out.push(`${a.id}/${b.id}`);
    }
  return out;
}

test('a file without positions opens laid out; Auto layout tidies moved nodes and undoes in one step', async ({ page }) => {
  test.setTimeout(120_000);
  await openWithDiagram(page, positionless());
  // Laid out: the Internet left of the VPC, no two resources on top of each other.
  await expect.poll(async () => overlapping(await resourceBoxes(page)), { timeout: 30_000 }).toEqual([]);
  const internet = (await nodeById(page, 'internet').boundingBox())!;
  const vpc = (await nodeById(page, 'vpc1').boundingBox())!;
  expect(internet.x + internet.width).toBeLessThan(vpc.x);
  // The view then shows the whole laid-out design (it opened fitted to the unplaced pile).
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // (Off-screen nodes are not rendered: every node is, and inside the canvas.)
  await expect(page.locator('.react-flow__node')).toHaveCount((JSON.parse(positionless()) as { nodes: unknown[] }).nodes.length);
  await expect
    .poll(async () =>
      (await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]))).every(
        ([l, t, r, b]) => l! >= pane.x - 1 && t! >= pane.y - 1 && r! <= pane.x + pane.width + 1 && b! <= pane.y + pane.height + 1,
      ),
    )
    .toBe(true);

  // Make a mess: drag web 0 onto web 2.
  const web0 = (await nodeById(page, 'v1web0').boundingBox())!;
  const web2 = (await nodeById(page, 'v1web2').boundingBox())!;
  await dragBy(page, { x: web0.x + web0.width / 2, y: web0.y + 20 }, { x: web2.x + web2.width / 2 + 10, y: web2.y + 30 });
  await expect.poll(async () => overlapping(await resourceBoxes(page)).length).toBeGreaterThan(0);
  const messy = await resourceBoxes(page);

  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(async () => overlapping(await resourceBoxes(page)), { timeout: 30_000 }).toEqual([]);
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);

  // One undo step brings back the messy arrangement.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => {
      const now = await resourceBoxes(page);
      const moved = now.find((b) => b.id === 'v1web0')!;
      const before = messy.find((b) => b.id === 'v1web0')!;
      return Math.round(Math.abs(moved.x - before.x) + Math.abs(moved.y - before.y));
    })
    .toBeLessThan(3);
});

test('a file without positions is saved laid out once its layout is in, and opens as laid out after a reload', async ({ page }) => {
  await openWithDiagram(page, positionless());
  await expect(page.getByTestId('layout-progress')).toHaveCount(0, { timeout: 60_000 });
  await expectSaved(page, (d) => d.nodes.every((n) => n.position !== undefined), 'every node saved with its place');
  const placed = (await savedDiagram(page)).nodes.map((n) => `${n.id} ${n.position!.x} ${n.position!.y}`);
  await page.reload();
  await expect(drawnNodes(page).first()).toBeVisible();
  // Nothing left to lay out: no progress, the same places.
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect((await savedDiagram(page)).nodes.map((n) => `${n.id} ${n.position!.x} ${n.position!.y}`)).toEqual(placed);
});

test('with a subnet selected, Auto layout arranges only what is inside it, as one undo step', async ({ page }) => {
  await openWithDiagram(page, projectFile('bench/fixtures/design-25.ramparts.json'));
  const before = await savedDiagram(page);
  const placeOf = (d: typeof before) => new Map(d.nodes.map((n) => [n.id, `${n.position!.x},${n.position!.y}`]));
  const inside = new Set(before.nodes.filter((n) => n.parent === 'v1s0').map((n) => n.id));
  expect(inside.size).toBeGreaterThan(1);
  await nodeById(page, 'v1s0').click({ position: { x: 12, y: 12 } });
  await expect(nodeById(page, 'v1s0')).toHaveClass(/selected/);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByTestId('layout-progress')).toHaveCount(0, { timeout: 30_000 });
  await expectSaved(
    page,
    (d) => {
      const was = placeOf(before);
      const now = placeOf(d);
      const movedInside = [...inside].some((id) => now.get(id) !== was.get(id));
      const restKept = d.nodes.every((n) => inside.has(n.id) || n.id === 'v1s0' || now.get(n.id) === was.get(n.id));
      return movedInside && restKept;
    },
    'the subnet\'s resources moved and nothing outside it did',
  );
  // Its resources no longer overlap one another.
  await expect.poll(async () => overlapping((await resourceBoxes(page)).filter((b) => inside.has(b.id)))).toEqual([]);
  await page.keyboard.press('Control+z');
  await expectSaved(page, (d) => d.nodes.every((n) => placeOf(d).get(n.id) === placeOf(before).get(n.id)), 'one undo puts every node back');
});

test('a layout can be cancelled from its progress: the design stays as it was, with nothing to undo', async ({ page }) => {
  await openWithDiagram(page, projectFile('bench/fixtures/design-500.ramparts.json'));
  const before = (await savedDiagram(page)).nodes.map((n) => `${n.id} ${n.position!.x} ${n.position!.y}`);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toContainText('Laying out the diagram');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('hint')).toContainText('Layout cancelled.');
  await expect(progress).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect((await savedDiagram(page)).nodes.map((n) => `${n.id} ${n.position!.x} ${n.position!.y}`)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('an undo pressed while Auto layout still animates takes back the whole layout, and redo puts it back', async ({ page }) => {
  await openWithDiagram(page, positionless());
  await expect.poll(async () => overlapping(await resourceBoxes(page)), { timeout: 30_000 }).toEqual([]);
  // The layout on load has finished moving the nodes (no overlap can come before the end of its animation).
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);
  await expect.poll(async () => {
    const a = JSON.stringify(await resourceBoxes(page));
    await page.waitForTimeout(300);
    return JSON.stringify(await resourceBoxes(page)) === a;
  }).toBe(true);
  const web0 = (await nodeById(page, 'v1web0').boundingBox())!;
  const web2 = (await nodeById(page, 'v1web2').boundingBox())!;
  await dragBy(page, { x: web0.x + web0.width / 2, y: web0.y + 20 }, { x: web2.x + web2.width / 2 + 10, y: web2.y + 30 });
  await expect.poll(async () => overlapping(await resourceBoxes(page)).length).toBeGreaterThan(0);
  const messy = await resourceBoxes(page);
  // How far, in screen pixels, the resources are from where they were in the messy arrangement.
  const offMessy = async () => {
    const now = new Map((await resourceBoxes(page)).map((b) => [b.id, b]));
    return Math.round(messy.reduce((sum, b) => sum + Math.abs(now.get(b.id)!.x - b.x) + Math.abs(now.get(b.id)!.y - b.y), 0));
  };

  await page.getByRole('button', { name: 'Auto layout' }).click();
  // The result arrives and the nodes start moving (a 350 ms animation): undo at once.
  await expect(page.getByTestId('layout-progress')).toHaveCount(0, { timeout: 30_000 });
  await page.keyboard.press('Control+z');
  // Back to the messy arrangement, and it stays there: nothing goes on animating over the undo.
  await expect.poll(offMessy).toBeLessThan(3);
  await page.waitForTimeout(800);
  expect(await offMessy()).toBeLessThan(3);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => overlapping(await resourceBoxes(page))).toEqual([]);
});
