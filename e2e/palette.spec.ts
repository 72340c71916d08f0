/**
 * The palette as a person uses it: dragging resources onto the canvas (and
 * into containers, where the catalog allows), refused drops, adding from the
 * keyboard (into the selected container or at the centre of the view), and
 * search. Starts from an empty canvas: the sample design is cleared with
 * Control+A, Delete.
 */
import { expect, test } from './helpers/test';
import type { Locator, Page } from '@playwright/test';
import { expectSaved } from './helpers/app';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const pane = (page: Page) => page.locator('.react-flow__pane');
const nodes = (page: Page) => page.locator('.react-flow__node');
/** The React Flow node (the element carrying `data-id`) of the only node of a type. */
const nodeOfType = (page: Page, type: string) => page.locator(`.react-flow__node:has(> [data-type="${type}"])`);

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('element has no box');
  return box;
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function within(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

/**
 * Empties the canvas with Control+A, Delete. Should those keys do nothing,
 * zooms out instead so that drops can go to empty parts of the pane.
 */
async function startEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await expect(pane(page)).toBeVisible();
  await expect(page.getByTestId('palette-vpc')).toBeVisible();
  await pane(page).click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const cleared = await expect(nodes(page))
    .toHaveCount(0, { timeout: 2000 })
    .then(() => true)
    .catch(() => false);
  if (!cleared) {
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /zoom out/i }).click();
  }
}

/** A point of the pane (relative to it) with an empty square of `size` px around it. */
async function emptySpot(page: Page, size: number): Promise<{ x: number; y: number }> {
  const paneBox = await boxOf(pane(page));
  const taken: Box[] = [];
  for (const n of await nodes(page).all()) taken.push(await boxOf(n));
  for (let y = size / 2 + 8; y < paneBox.height - size / 2; y += 24) {
    for (let x = size / 2 + 8; x < paneBox.width - size / 2; x += 24) {
      const square = { x: paneBox.x + x - size / 2, y: paneBox.y + y - size / 2, width: size, height: size };
      const clear = taken.every((t) => t.x > square.x + square.width || t.x + t.width < square.x || t.y > square.y + square.height || t.y + t.height < square.y);
      if (clear) return { x, y };
    }
  }
  throw new Error('no empty spot on the pane');
}

/** Drags a palette item onto the pane at a screen point. */
async function dropAt(page: Page, type: string, at: { x: number; y: number }): Promise<void> {
  const paneBox = await boxOf(pane(page));
  await page.getByTestId(`palette-${type}`).dragTo(pane(page), { targetPosition: { x: at.x - paneBox.x, y: at.y - paneBox.y } });
}

/** Adds a resource from the keyboard: search for it, arrow into the results, Enter. */
async function addWithKeyboard(page: Page, query: string, type: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search resources' });
  await search.focus();
  await search.fill(query);
  await search.press('ArrowDown');
  await expect(page.getByTestId(`palette-${type}`)).toBeFocused();
  await page.keyboard.press('Enter');
}

// Several drags per test; leave room on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await startEmpty(page);
});

test('dragging a VPC, a subnet into it and an RDS into the subnet nests them', async ({ page }) => {
  const paneBox = await boxOf(pane(page));
  const spot = await emptySpot(page, 320);
  await dropAt(page, 'vpc', { x: paneBox.x + spot.x, y: paneBox.y + spot.y });
  const vpc = nodeOfType(page, 'vpc');
  await expect(vpc).toHaveCount(1);
  await expect(vpc).toHaveClass(/selected/);

  await dropAt(page, 'subnet', centre(await boxOf(vpc)));
  const subnet = nodeOfType(page, 'subnet');
  await expect(subnet).toHaveCount(1);
  const subnetId = await subnet.getAttribute('data-id');
  expect(subnetId).toBeTruthy();
  await expect(page.locator(`.react-flow__node[data-id="${subnetId}"]`)).toBeVisible();
  expect(within(await boxOf(subnet), await boxOf(vpc))).toBe(true);

  await dropAt(page, 'rds', centre(await boxOf(subnet)));
  const rds = nodeOfType(page, 'rds');
  await expect(rds).toHaveCount(1);
  expect(within(await boxOf(rds), await boxOf(subnet))).toBe(true);

  const vpcId = await vpc.getAttribute('data-id');
  const rdsId = await rds.getAttribute('data-id');
  await expectSaved(
    page,
    (d) => d.nodes.find((n) => n.id === subnetId)?.parent === vpcId && d.nodes.find((n) => n.id === rdsId)?.parent === subnetId,
    'the subnet sits in the VPC and the RDS in the subnet',
  );

  // Moving the subnet (grabbed by its body, away from the database) carries the database along.
  const rdsBefore = await boxOf(rds);
  const s = await boxOf(subnet);
  const grab = { x: s.x + s.width - 30, y: s.y + s.height - 20 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 15, grab.y + 15, { steps: 5 });
  await page.mouse.move(grab.x + 40, grab.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await boxOf(rds)).y).toBeGreaterThan(rdsBefore.y + 20);
  await expect.poll(async () => (await boxOf(rds)).x).toBeGreaterThan(rdsBefore.x + 20);
  expect(within(await boxOf(rds), await boxOf(subnet))).toBe(true);
});

test('a drop the catalog forbids is refused with a hint and adds nothing', async ({ page }) => {
  const paneBox = await boxOf(pane(page));
  // An Internet gateway belongs in a VPC, not at top level.
  const spot = await emptySpot(page, 160);
  const before = await nodes(page).count();
  await dropAt(page, 'internet-gateway', { x: paneBox.x + spot.x, y: paneBox.y + spot.y });
  await expect(page.getByTestId('hint')).toContainText('Internet gateway cannot sit at top level');
  await expect(nodes(page)).toHaveCount(before);

  // An RDS database in a VPC but outside every subnet.
  const vpcSpot = await emptySpot(page, 320);
  await dropAt(page, 'vpc', { x: paneBox.x + vpcSpot.x, y: paneBox.y + vpcSpot.y });
  const vpc = nodeOfType(page, 'vpc');
  await expect(vpc).toHaveCount(1);
  const v = await boxOf(vpc);
  await dropAt(page, 'rds', { x: v.x + v.width / 2, y: v.y + v.height - 30 });
  await expect(page.getByTestId('hint')).toContainText('RDS database cannot sit in a VPC');
  await expect(nodeOfType(page, 'rds')).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(before + 1);
});

test('keyboard: search, Enter adds at the centre; with a container selected, inside it', async ({ page }) => {
  // Tab from the search box lands on the first match.
  const search = page.getByRole('searchbox', { name: 'Search resources' });
  await search.focus();
  await search.fill('bastion');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('palette-bastion')).toBeFocused();
  const before = await nodes(page).count();
  await page.keyboard.press('Enter');
  const bastion = nodeOfType(page, 'bastion').first();
  await expect(nodeOfType(page, 'bastion')).toHaveCount(1);
  await expect(bastion).toHaveClass(/selected/);
  await expect(nodes(page)).toHaveCount(before + 1);
  // It lands in the visible part of the canvas.
  const canvas = await boxOf(page.getByTestId('canvas'));
  const first = await boxOf(bastion);
  expect(within(first, canvas)).toBe(true);
  // Arrow keys in the palette move through it; they do not nudge the selected node.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const firstId = await bastion.getAttribute('data-id');
  // Enter again: a second bastion, beside the first rather than on top of it.
  await page.getByTestId('palette-bastion').focus();
  await page.keyboard.press('Enter');
  await expect(nodeOfType(page, 'bastion')).toHaveCount(2);
  expect(await boxOf(page.locator(`.react-flow__node[data-id="${firstId}"]`))).toEqual(first);
  const second = await boxOf(nodeOfType(page, 'bastion').and(page.locator('.selected')));
  expect(within(second, canvas)).toBe(true);
  expect(second.x + second.width <= first.x || first.x + first.width <= second.x || second.y + second.height <= first.y || first.y + first.height <= second.y).toBe(true);

  // A VPC, then (with the new VPC selected) a subnet inside it, then an RDS inside the subnet.
  await addWithKeyboard(page, 'vpc', 'vpc');
  const vpc = nodeOfType(page, 'vpc');
  await expect(vpc).toHaveClass(/selected/);
  await addWithKeyboard(page, 'subnet', 'subnet');
  const subnet = nodeOfType(page, 'subnet');
  await expect(subnet).toHaveClass(/selected/);
  expect(within(await boxOf(subnet), await boxOf(vpc))).toBe(true);
  await addWithKeyboard(page, 'rds', 'rds');
  const rds = nodeOfType(page, 'rds');
  await expect(rds).toHaveClass(/selected/);
  expect(within(await boxOf(rds), await boxOf(subnet))).toBe(true);

  const subnetId = await subnet.getAttribute('data-id');
  const rdsId = await rds.getAttribute('data-id');
  await expectSaved(page, (d) => d.nodes.find((n) => n.id === rdsId)?.parent === subnetId, 'the RDS added from the keyboard sits in the subnet');
});

test('search filters by name, type and description; Escape clears; groups fold', async ({ page }) => {
  const palette = page.getByRole('complementary', { name: 'Palette' });
  const items = palette.locator('[data-testid^="palette-"][draggable="true"]');
  const all = await items.count();
  expect(all).toBeGreaterThan(15);
  const search = page.getByRole('searchbox', { name: 'Search resources' });

  await search.fill('QUEUE');
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId('palette-sqs-queue')).toBeVisible();

  await search.fill('iam-role'); // the type id
  await expect(page.getByTestId('palette-iam-role')).toBeVisible();
  await expect(page.getByTestId('palette-vpc')).toBeHidden();

  await search.fill('availability zone'); // in the subnet's description
  await expect(page.getByTestId('palette-subnet')).toBeVisible();
  await expect(page.getByTestId('palette-rds')).toBeHidden();

  await search.fill('no such thing');
  await expect(items).toHaveCount(0);
  await expect(palette).toContainText('No resource matches “no such thing”');

  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(items).toHaveCount(all);

  // Groups fold and unfold.
  const network = palette.getByRole('treeitem', { name: 'Network', exact: true });
  const header = network.getByText('Network', { exact: true });
  await expect(network).toHaveAttribute('aria-expanded', 'true');
  await header.click();
  await expect(network).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('palette-vpc')).toBeHidden();
  await header.click();
  await expect(page.getByTestId('palette-vpc')).toBeVisible();
});
