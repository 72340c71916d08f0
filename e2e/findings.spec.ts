/**
 * Findings where the architect is looking: badges on nodes and edges that
 * follow edits, quick fixes through undo, accepted risks, the panel and the
 * rule reference.
 */
import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { RULES } from '../src/rules/registry';
import { centerOf, dragBy, nodeById, openApp } from './helpers/app';
import { openWithDiagram, projectFile } from './helpers/seed';

const panel = (page: Page) => page.getByTestId('findings-panel');
const badgeOf = (page: Page, id: string) => nodeById(page, id).getByTestId('finding-badge');

async function openFindings(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(panel(page)).toBeVisible();
}

test('making a subnet public puts an error badge on the RDS in it; undoing the change removes it', async ({ page }) => {
  await openApp(page);
  await expect(nodeById(page, 'db')).toBeVisible();
  // The clean reference design: the database has only info findings.
  await expect(badgeOf(page, 'db')).toHaveAttribute('data-severity', 'info');
  await nodeById(page, 'private-a').click({ position: { x: 12, y: 80 } });
  await page.getByRole('tab', { name: 'Properties' }).click();
  await page.getByRole('switch', { name: 'Public' }).click();
  await expect(badgeOf(page, 'db')).toHaveAttribute('data-severity', 'error');
  await page.getByRole('switch', { name: 'Public' }).click();
  await expect(badgeOf(page, 'db')).toHaveAttribute('data-severity', 'info');
});

test('a flow from the Internet straight to the database is flagged on the edge', async ({ page }) => {
  await openApp(page);
  const internet = nodeById(page, 'internet');
  await internet.hover();
  await dragBy(page, await centerOf(internet.locator('.react-flow__handle-right')), await centerOf(nodeById(page, 'db')));
  // The new flow (and only it) carries an error badge, labelled with its edge id.
  const badge = page.locator('[data-testid="finding-badge"][data-edge-id][data-severity="error"]');
  await expect(badge).toHaveCount(1);
  const edgeId = await badge.getAttribute('data-edge-id');
  await expect(page.locator(`.react-flow__edge[data-id="${edgeId}"]`)).toHaveCount(1);
  await openFindings(page);
  await expect(panel(page).locator('[data-testid="finding"][data-rule="net/no-direct-internet-to-data-store"]')).toHaveCount(1);
});

test('every quick fix makes its finding go away, and undo brings it back', async ({ page }) => {
  test.setTimeout(300_000);
  await openWithDiagram(page, projectFile('src/rules/golden/insecure.ramparts.json'));
  await openFindings(page);
  const fixable = RULES.filter((r) => r.quickFix !== undefined).map((r) => r.id);
  const seen = new Set<string>();
  for (const rule of fixable) {
    const rows = panel(page).locator(`[data-testid="finding"][data-rule="${rule}"][data-suppressed="false"]`);
    if ((await rows.count()) === 0) continue;
    seen.add(rule);
    const row = rows.first();
    const target = (await row.getAttribute('data-target'))!;
    const selector = `[data-testid="finding"][data-rule="${rule}"][data-target="${target}"]`;
    await row.getByRole('button', { name: /^Fix:/ }).click();
    await expect(panel(page).locator(selector)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(panel(page).locator(selector)).toHaveCount(1);
  }
  // The insecure design exercises nearly every fixable rule; the rest are covered by unit tests.
  expect(seen.size).toBeGreaterThanOrEqual(fixable.length - 2);
});

test('accepting a risk mutes the finding and takes it out of the error count', async ({ page }) => {
  // The topic's acceptance in the file expires on 2026-12-31; look at it from mid-January.
  await page.clock.setFixedTime(new Date('2027-01-15T12:00:00Z'));
  await openWithDiagram(page, projectFile('src/rules/golden/insecure.ramparts.json'));
  await openFindings(page);
  const errors = Number(await page.getByTestId('error-count').textContent());
  const row = panel(page).locator('[data-testid="finding"][data-rule="pub/rds-public-access"][data-target="db-public"]');
  await row.getByRole('button', { name: 'Accept risk…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept risk' });
  await dialog.getByRole('button', { name: 'Accept risk' }).click();
  await expect(dialog.getByText('A reason is required')).toBeVisible();
  await dialog.getByLabel('Reason (required)').fill('Public demo database with synthetic data');
  await dialog.getByRole('button', { name: 'Accept risk' }).click();
  await expect(row).toHaveAttribute('data-suppressed', 'true');
  await expect(row).toContainText('Accepted risk: Public demo database with synthetic data');
  await expect(page.getByTestId('error-count')).toHaveText(String(errors - 1));
  await expect(panel(page).locator('[data-testid="suppression"][data-rule="pub/rds-public-access"]')).toBeVisible();
  // The topic's acceptance in the file has expired and is flagged.
  await expect(panel(page).locator('[data-testid="suppression"][data-target="topic"]')).toHaveAttribute('data-expired', 'true');
});

test('clicking a finding selects and centres its target; the rule reference opens on its rule', async ({ page }) => {
  await openWithDiagram(page, projectFile('src/rules/golden/insecure.ramparts.json'));
  await openFindings(page);
  const row = panel(page).locator('[data-testid="finding"][data-rule="kms/hsm-in-vpc"]');
  await row.click();
  const hsm = nodeById(page, 'hsm');
  await expect(hsm).toHaveClass(/selected/);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await expect
    .poll(async () => {
      const c = await centerOf(hsm);
      return Math.abs(c.x - (canvas.x + canvas.width / 2)) + Math.abs(c.y - (canvas.y + canvas.height / 2));
    })
    .toBeLessThan(40);
  await row.getByRole('button', { name: 'Rule reference' }).click();
  const ref = page.getByRole('dialog', { name: 'Rule reference' });
  await expect(ref.locator('[data-testid="rule-entry"][data-rule="kms/hsm-in-vpc"]')).toBeInViewport();
  await expect(ref.locator('[data-testid="rule-entry"]')).toHaveCount(RULES.length);
  await page.keyboard.press('Escape');
  await expect(ref).toHaveCount(0);
});

test('hovering a badge lists its findings with their sections', async ({ page }) => {
  await openWithDiagram(page, projectFile('src/rules/golden/insecure.ramparts.json'));
  await badgeOf(page, 'warehouse').hover();
  const popover = page.getByTestId('finding-popover');
  await expect(popover).toBeVisible();
  await expect(popover.locator('[data-rule="pub/redshift-public-access"]')).toContainText('Redshift / Cluster Access');
});

test('selecting an exposed database highlights its path from the Internet', async ({ page }) => {
  await openApp(page);
  await expect(badgeOf(page, 'db')).toBeVisible();
  await nodeById(page, 'db').click();
  await expect(page.locator('.edge-label[data-exposure-path="true"]')).toHaveCount(2);
  await expect(page.locator('.edge-label[data-edge-id="ssh-in"]')).toHaveAttribute('data-exposure-path', 'true');
  await expect(page.locator('.edge-label[data-edge-id="bastion-to-db"]')).toHaveAttribute('data-exposure-path', 'true');
  // The finding names the path by the nodes it passes and their ports, once, without the flows' ids.
  await openFindings(page);
  const finding = panel(page).locator('[data-testid="finding"][data-rule="net/internet-exposure"][data-target="db"]');
  await expect(finding).toContainText('Internet → SSH bastion (tcp 22) → Orders DB (tcp 5432)');
  await expect(finding).not.toContainText('ssh-in');
  await page.getByRole('tab', { name: 'Properties' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.edge-label[data-exposure-path="true"]')).toHaveCount(0);
});

test('a long findings list shows its first fifty per severity and the rest on request, with the counts of all', async ({ page }) => {
  await openWithDiagram(page, projectFile('bench/fixtures/design-500.ramparts.json'));
  await openFindings(page);
  const warnings = panel(page).locator('[data-testid="finding"][data-severity="warning"]');
  const groupTitle = panel(page).getByRole('button', { name: /Warnings \(\d+\)/ });
  await expect(groupTitle).toBeVisible();
  const total = Number((await groupTitle.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(total).toBeGreaterThan(250);
  await expect(warnings).toHaveCount(50);
  const more = panel(page).getByTestId('findings-more').first();
  await expect(more).toHaveText(`Show 200 more warnings (${total - 50} not shown)`);
  await more.click();
  await expect(warnings).toHaveCount(250);
  // Until every one is listed, and then no button is left for the group.
  // (Each press is awaited until its 200 are in: a count read mid-render named a button that was gone.)
  for (let shown = 250; shown < total; shown = Math.min(total, shown + 200)) {
    await panel(page).getByRole('button', { name: new RegExp(`more warnings \\(${total - shown} not shown\\)`) }).click();
    await expect(warnings).toHaveCount(Math.min(total, shown + 200));
  }
  await expect(warnings).toHaveCount(total);
  await expect(panel(page).getByRole('button', { name: new RegExp(`more warnings \\(${total - 250} not shown\\)`) })).toHaveCount(0);
  // A finding from the end of the list acts as any other: it selects its target.
  const last = warnings.last();
  const target = await last.getAttribute('data-target');
  await last.locator('div').first().click();
  await expect(page.locator(`.react-flow__node[data-id="${target}"].selected, .react-flow__edge[data-id="${target}"].selected`)).toHaveCount(1);
});

test('the panel filters findings by severity and by rule family, and "All families" lists them all again', async ({ page }) => {
  await openWithDiagram(page, projectFile('bench/fixtures/design-25.ramparts.json'));
  await openFindings(page);
  const listed = panel(page).getByTestId('finding');
  await expect(listed.first()).toBeVisible();
  const all = await listed.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule')}`));
  const families = [...new Set(all.map((f) => f.split(' ')[1]!.split('/')[0]!))];
  expect(families.length).toBeGreaterThan(1);
  const family = families[0]!;

  const filter = panel(page).getByRole('combobox', { name: 'Rule family' });
  await filter.selectOption(family);
  await expect(listed).toHaveCount(all.filter((f) => f.split(' ')[1]!.startsWith(`${family}/`)).length);
  for (const rule of await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))) expect(rule?.startsWith(`${family}/`)).toBe(true);
  await filter.selectOption({ label: 'All families' });
  await expect(listed).toHaveCount(all.length);

  // A severity's toggle hides its findings and shows them again.
  const severity = all[0]!.split(' ')[0]!;
  const toggle = panel(page).getByRole('group', { name: 'Filter findings' }).getByRole('button', { name: { error: 'Errors', warning: 'Warnings', info: 'Info' }[severity]!, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(listed).toHaveCount(all.filter((f) => !f.startsWith(`${severity} `)).length);
  await toggle.click();
  await expect(listed).toHaveCount(all.length);
});
