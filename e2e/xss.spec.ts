/**
 * Hostile text in every sink. The corpus (helpers/xssCorpus.ts) goes into
 * every text field of a diagram (helpers/hostileDiagram.ts), is typed into
 * the inspector, rides in a share link and a file name; each place that
 * shows it is opened, and after each the page is checked for markup a
 * parsed payload would have created and for sentinel calls. The suite-wide
 * guard also fails on any CSP violation, which an inline handler would cause.
 */
import { expect, test } from './helpers/test';
import { readPngDiagramText } from '../src/export/pngText';
import { writeDiagram } from '../src/format/writeDiagram';
import { readDiagramText } from '../src/format/readDiagram';
import { shareLink } from '../src/share/shareLink';
import { nodeById, savedDiagram } from './helpers/app';
import { hostileDiagramJson } from './helpers/hostileDiagram';
import { openWithDiagram } from './helpers/seed';
import { exportFile } from './helpers/exportMenu';
import { expectNoInjectedMarkup, installSentinel, LONG_STRING, XSS_CORPUS } from './helpers/xssCorpus';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the corpus in every field of a diagram shows as text on the canvas, inspector, findings, popovers, rule reference and library', async ({ page }) => {
  test.setTimeout(120_000);
  const calls = await installSentinel(page);
  const json = hostileDiagramJson();
  await openWithDiagram(page, json);
  await expectNoInjectedMarkup(page, calls, 'canvas');

  // Title and labels read back as the exact text.
  await expect(page.getByTestId('diagram-title')).toHaveText(XSS_CORPUS[0]!);
  const labels = await page.getByTestId('node-label').allTextContents();
  for (const payload of XSS_CORPUS.slice(1, 8)) expect(labels).toContain(payload);

  // Inspector: the notes hold every payload verbatim.
  const first = (JSON.parse(json) as { nodes: { id: string }[] }).nodes[0]!.id;
  await nodeById(page, first).click({ position: { x: 10, y: 10 } });
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(XSS_CORPUS.join('\n'));
  await expectNoInjectedMarkup(page, calls, 'inspector');

  // Findings panel (messages quote labels; accepted risks show their reasons).
  await page.getByRole('tab', { name: /Findings/ }).click();
  const panel = page.getByTestId('findings-panel');
  await expect(panel.getByTestId('finding').first()).toBeAttached();
  expect(await panel.textContent()).toContain(XSS_CORPUS[2]);
  await expectNoInjectedMarkup(page, calls, 'findings panel');

  // Popovers of every badge on screen.
  const badges = page.locator('.react-flow__node [data-testid="finding-badge"]');
  const count = Math.min(await badges.count(), 12);
  for (let i = 0; i < count; i++) {
    await badges.nth(i).focus();
    await expect(page.getByTestId('finding-popover')).toBeVisible();
    await badges.nth(i).blur();
    await expect(page.getByTestId('finding-popover')).toHaveCount(0);
  }
  await expectNoInjectedMarkup(page, calls, 'popovers');

  // The rule reference for a finding.
  await panel.getByRole('button', { name: 'Rule reference' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoInjectedMarkup(page, calls, 'rule reference');
  await page.keyboard.press('Escape');

  // The library list shows the hostile title as text.
  await page.getByRole('button', { name: 'My diagrams' }).click();
  await expect(page.getByRole('dialog')).toContainText(XSS_CORPUS[0]!);
  await expectNoInjectedMarkup(page, calls, 'library list');
});

test('the corpus typed into the inspector is stored as text and never rendered as markup', async ({ page }) => {
  test.setTimeout(120_000);
  const calls = await installSentinel(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const node = page.locator('.react-flow__node:not(.react-flow__node-container)').first();
  const id = await node.getAttribute('data-id');
  await node.click({ position: { x: 10, y: 10 } });
  const label = page.getByRole('textbox', { name: 'Label' });
  for (const payload of XSS_CORPUS) {
    await label.fill(payload);
    await label.press('Enter');
    await expect(nodeById(page, id!).getByTestId('node-label')).toHaveText(payload.slice(0, 200).replace(/\s+/g, ' ').trim());
  }
  await page.getByRole('textbox', { name: 'Notes' }).fill(XSS_CORPUS.join('\n'));
  await page.getByRole('textbox', { name: 'Label' }).click();
  await expectNoInjectedMarkup(page, calls, 'typed labels and notes');

  // A 10,000-character label is capped at the format's limit, not stored whole.
  await label.fill(LONG_STRING);
  await label.press('Enter');
  await expect
    .poll(async () => (await savedDiagram(page)).nodes.find((n) => n.id === id)?.label?.length, { timeout: 10_000 })
    .toBe(200);

  await expectNoInjectedMarkup(page, calls, 'long label');
});

test('a hostile file name, and a file with a 10,000-character label, are reported as text', async ({ page }) => {
  const calls = await installSentinel(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const name = `${XSS_CORPUS[0]}.ramparts.json`;
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
  await expect(page.getByTestId('problems-dialog')).toContainText(`Could not import ${name}`);
  await expectNoInjectedMarkup(page, calls, 'file name');
  await page.keyboard.press('Escape');

  const long = JSON.stringify({ format: 'ramparts-diagram', version: 1, nodes: [{ id: 'a', type: 'internet', label: LONG_STRING }], edges: [] });
  await page.getByTestId('import-input').setInputFiles({ name: 'long.ramparts.json', mimeType: 'application/json', buffer: Buffer.from(long) });
  await expect(page.getByTestId('import-error').first()).toContainText('node "a"');
  await expect(page.getByTestId('import-error').first()).toContainText('200');
  await expectNoInjectedMarkup(page, calls, 'long label file');
});

test('the hostile diagram travels through a review link and shows as text there too', async ({ page, baseURL }) => {
  const calls = await installSentinel(page);
  const read = readDiagramText(hostileDiagramJson());
  if (!read.ok) throw new Error(read.errors.join('\n'));
  await page.goto(shareLink(read.diagram, `${baseURL}/`, { review: true }));
  await expect(page.getByTestId('review-banner')).toBeVisible();
  await expect(page.getByTestId('diagram-title')).toHaveText(XSS_CORPUS[0]!);
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(page.getByTestId('findings-panel').getByTestId('finding').first()).toBeAttached();
  await expectNoInjectedMarkup(page, calls, 'review link');
});

test('the corpus typed into a CIDR field and a policy action stays text, and the CIDR is refused with a message', async ({ page }) => {
  test.setTimeout(120_000);
  const calls = await installSentinel(page);
  await openWithDiagram(page, hostileDiagramJson());
  // A VPC's CIDR: the hostile text is not applied, and the field says why.
  await nodeById(page, 'vpc').click({ position: { x: 40, y: 8 } });
  const cidr = page.getByRole('textbox', { name: 'CIDR' });
  await cidr.fill(XSS_CORPUS[1]!);
  await cidr.press('Enter');
  await expect(page.getByText(/CIDR notation|a\.b\.c\.d\/n/).first()).toBeVisible();
  await expectNoInjectedMarkup(page, calls, 'CIDR field');
  // A role's policy action.
  await nodeById(page, 'admin-role').click({ position: { x: 10, y: 10 } });
  const action = page.getByRole('textbox', { name: 'New Statement 1 actions item' });
  await action.fill(XSS_CORPUS[0]!);
  await action.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Statement 1 actions 3' })).toHaveValue(XSS_CORPUS[0]!);
  await expectNoInjectedMarkup(page, calls, 'policy action');
});

test('exports of the hostile diagram: SVG text only, Markdown escaped, PNG carrying the exact diagram', async ({ page }) => {
  test.setTimeout(180_000);
  const calls = await installSentinel(page);
  await openWithDiagram(page, hostileDiagramJson());

  // SVG: parses as XML, has no script, event attribute, foreignObject or link, and shows the payloads as text.
  const svg = (await exportFile(page, 'SVG image')).bytes.toString('utf8');
  const check = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      parseError: doc.querySelector('parsererror') !== null,
      scripts: doc.querySelectorAll('script, foreignObject, iframe, a').length,
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length,
      texts: [...doc.querySelectorAll('text, title')].map((t) => t.textContent ?? ''),
    };
  }, svg);
  expect(check.parseError).toBe(false);
  expect(check.scripts).toBe(0);
  expect(check.handlers).toBe(0);
  expect(check.texts.join('\n')).toContain(XSS_CORPUS[0]);

  // Markdown report: every tag is escaped (\\< renders as a literal <), and no javascript: link survives.
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy report as Markdown' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('\\<img src=x');
  expect(markdown).not.toMatch(/(?<!\\)<\/?(img|svg|script|iframe|a|style|math)\b/i);
  expect(markdown).not.toMatch(/\]\(javascript:/i);

  // PNG: the embedded diagram is the same hostile diagram, byte for byte.
  const png = new Uint8Array((await exportFile(page, 'PNG image…')).bytes);
  const embedded = readPngDiagramText(png);
  const read = readDiagramText(hostileDiagramJson());
  if (!read.ok) throw new Error('hostile diagram does not read');
  expect(embedded).toBe(writeDiagram(read.diagram));
  await expectNoInjectedMarkup(page, calls, 'exports');
});
