/**
 * Share links and review mode, as a person uses them: Share copies a link,
 * the link opens the same diagram with the same findings in another tab
 * without touching that browser's library, review links are read-only
 * against every kind of edit, and broken or hostile links explain
 * themselves and change nothing.
 */
import { deflateSync, strToU8 } from 'fflate';
import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { readDiagramText } from '../src/format/readDiagram';
import { writeDiagram } from '../src/format/writeDiagram';
import type { Diagram } from '../src/model/types';
import { encodeBase64url } from '../src/share/base64url';
import { SHARE_DICTIONARY } from '../src/share/shareDictionary';
import { shareLink } from '../src/share/shareLink';
import { fragmentToText } from '../app/clipboard';
import { dragBy, nodeById, savedDiagram } from './helpers/app';
import { libraryDocuments } from './helpers/library';
import { openWithDiagram, projectFile } from './helpers/seed';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The insecure golden design (findings, suppressions with reasons) with notes added, so every part of a diagram travels. */
function designJson(): string {
  const doc = JSON.parse(projectFile('src/rules/golden/insecure.ramparts.json')) as { nodes: { id: string; notes?: string }[] };
  doc.nodes[0]!.notes = 'Owned by the platform team.\nReview before Q3 <b>not bold</b>.';
  return JSON.stringify(doc);
}

function read(json: string): Diagram {
  const r = readDiagramText(json);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

const withoutViewport = (d: Diagram): Diagram => {
  const { viewport: _v, ...rest } = d;
  return rest;
};

async function findingsOf(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: /Findings/ }).click();
  const items = page.getByTestId('findings-panel').getByTestId('finding');
  await expect(items.first()).toBeAttached();
  const list = await items.evaluateAll((els) => els.map((e) => `${e.dataset['rule']}|${e.dataset['target']}|${e.dataset['severity']}|${e.dataset['suppressed']}`));
  return list.sort();
}

test('Share copies a link that reopens the same diagram and findings in a new page, without touching the library', async ({ page, context, baseURL }) => {
  const json = designJson();
  await openWithDiagram(page, json);
  const findings = await findingsOf(page);

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-copy-state')).toHaveText(/Copied/);
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(dialog.getByTestId('share-length')).toHaveText(`${link.length.toLocaleString('en-US')} characters`);
  // The fragment is exactly what `npm run link` prints for the same file.
  expect(link.split('#')[1]).toBe(shareLink(read(json), `${baseURL}/`).split('#')[1]);
  expect(link.startsWith(`${baseURL}/#d=`)).toBe(true);

  const libraryBefore = await libraryDocuments(page);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('shared-banner')).toBeVisible();
  await expect(other.getByTestId('diagram-title')).toHaveText('Deliberately insecure legacy platform');
  expect(await findingsOf(other)).toEqual(findings);
  // Suppressions and their reasons travel with the diagram.
  await expect(other.getByTestId('findings-panel').locator('[data-suppressed="true"]').first()).toContainText('Accepted risk:');
  // Opening the link stored nothing.
  expect(await libraryDocuments(other)).toEqual(libraryBefore);

  // Saving the copy stores exactly the diagram that was shared: nodes, edges, props, positions, notes, suppressions.
  await other.getByRole('button', { name: 'Save a copy to my diagrams' }).click();
  await expect(other.getByTestId('shared-banner')).toHaveCount(0);
  await expect.poll(async () => (await libraryDocuments(other)).length).toBe(libraryBefore.length + 1);
  const saved = read(JSON.stringify(await savedDiagram(other)));
  expect(writeDiagram(withoutViewport(saved))).toBe(writeDiagram(withoutViewport(read(json))));
  expect(other.url()).not.toContain('#d=');
});

test('every template makes a link under 1,024 characters', async ({ page }) => {
  for (const name of ['bastion-private-rds', 'corporate-vpn', 'redshift-hsm', 'web-elasticache']) {
    await openWithDiagram(page, projectFile(`src/templates/${name}.ramparts.json`), name);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.length, name).toBeLessThan(1024);
    await expect(page.getByTestId('share-long')).toHaveCount(0);
    await page.keyboard.press('Escape');
  }
});

test('a link longer than 8,000 characters warns and offers the JSON file instead', async ({ page }) => {
  test.setTimeout(120_000);
  await openWithDiagram(page, projectFile('bench/fixtures/design-1000.ramparts.json'));
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link.length).toBeGreaterThan(8000);
  await expect(page.getByTestId('share-long')).toContainText('some mail and chat tools cut long links');
  const download = page.waitForEvent('download');
  await page.getByTestId('share-json').click();
  expect((await download).suggestedFilename()).toMatch(/\.ramparts\.json$/);
});

test.describe('review mode', () => {
  const reviewLink = (baseURL: string | undefined) => shareLink(read(designJson()), `${baseURL}/`, { review: true });

  test('no edit of any kind gets through, while selection, findings, popovers, rule reference and zoom work', async ({ page, baseURL }) => {
    await page.goto('/');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const libraryBefore = await libraryDocuments(page);

    await page.goto(reviewLink(baseURL));
    await expect(page.getByTestId('review-banner')).toContainText('read-only');
    await expect(page.getByPlaceholder('Search resources')).toHaveCount(0); // no palette
    await expect(page.getByTestId('save-status')).toHaveCount(0); // nothing is being saved
    const node = nodeById(page, 'app');
    await expect(node).toBeVisible();
    const count = await page.locator('.react-flow__node').count();

    // Drag: the node stays where it is.
    const before = await node.boundingBox();
    await dragBy(page, { x: before!.x + before!.width / 2, y: before!.y + 20 }, { x: before!.x + 200, y: before!.y + 150 });
    expect(await node.boundingBox()).toEqual(before);

    // Selection works; delete does not.
    await node.click({ position: { x: 30, y: 20 } });
    await expect(node).toHaveClass(/selected/);
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('hint')).toContainText('open for review');
    await expect(page.locator('.react-flow__node')).toHaveCount(count);

    // Typing: the inspector's fields are disabled; double-click does not open the label editor.
    const labelField = page.getByRole('textbox', { name: 'Label' });
    await expect(labelField).toBeDisabled();
    await node.getByTestId('node-label').dblclick();
    await expect(node.locator('input, textarea')).toHaveCount(0);

    // Paste of a fragment and undo change nothing.
    const fragment = fragmentToText({ nodes: [{ id: 'pasted', type: 'ec2-instance', position: { x: 0, y: 0 }, label: 'Pasted', props: {} }], edges: [] });
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, fragment);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(count);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    // A dropped file is refused.
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'other.ramparts.json', { type: 'application/json' }));
      const target = document.querySelector('.react-flow__pane')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, projectFile('src/templates/corporate-vpn.ramparts.json'));
    await expect(page.getByTestId('hint')).toContainText('open for review');
    await expect(page.getByTestId('diagram-title')).toHaveText('Deliberately insecure legacy platform');

    // Findings: quick fixes and risk acceptance are disabled; the reasons of accepted risks show.
    await page.getByRole('tab', { name: /Findings/ }).click();
    const panel = page.getByTestId('findings-panel');
    const fixes = panel.getByRole('button', { name: /^Fix:/ });
    expect(await fixes.count()).toBeGreaterThan(0);
    for (const fix of await fixes.all()) await expect(fix).toBeDisabled();
    for (const accept of await panel.getByRole('button', { name: 'Accept risk…' }).all()) await expect(accept).toBeDisabled();
    await expect(panel.locator('[data-suppressed="true"]').first()).toContainText('Accepted risk:');

    // Popovers and the rule reference work.
    await node.getByTestId('finding-badge').hover();
    await expect(page.getByTestId('finding-popover')).toBeVisible();
    await panel.getByRole('button', { name: 'Rule reference' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    // Zoom works.
    const transform = () => page.locator('.react-flow__viewport').evaluate((e) => getComputedStyle(e).transform);
    const zoomBefore = await transform();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(transform).not.toBe(zoomBefore);

    // Nothing reached the library.
    expect(await libraryDocuments(page)).toEqual(libraryBefore);
  });

  test('"Edit a copy" makes an editable document in the library', async ({ page, baseURL }) => {
    await page.goto(reviewLink(baseURL));
    await expect(page.getByTestId('review-banner')).toBeVisible();
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByTestId('review-banner')).toHaveCount(0);
    await expect(page.getByPlaceholder('Search resources')).toBeVisible();
    await expect.poll(async () => (await libraryDocuments(page)).some((d) => d.title === 'Deliberately insecure legacy platform')).toBe(true);
    const node = nodeById(page, 'app');
    await node.click({ position: { x: 30, y: 20 } });
    await page.keyboard.press('Delete');
    await expect(node).toHaveCount(0);
  });
});

function envelope(body: Uint8Array, version = 1): string {
  const bytes = new Uint8Array(body.length + 2);
  bytes[0] = version;
  bytes.set(body, 2);
  return encodeBase64url(bytes);
}

test('hostile and broken links explain themselves and leave the library and the app as they were', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const json = projectFile('src/templates/corporate-vpn.ramparts.json');
  await openWithDiagram(page, json);
  const libraryBefore = await libraryDocuments(page);
  const bomb = deflateSync(new Uint8Array(100 * 1024 * 1024).fill(0x20), { level: 9, dictionary: SHARE_DICTIONARY });
  const cases: [string, string, RegExp][] = [
    ['bad base64', '#d=abc$%^', /not valid base64url/],
    ['not our envelope', `#d=${envelope(deflateSync(strToU8('[]'), { dictionary: SHARE_DICTIONARY }), 0)}`, /not a Ramparts share link/],
    ['a newer version', `#d=${envelope(deflateSync(strToU8('[]'), { dictionary: SHARE_DICTIONARY }), 9)}`, /newer Ramparts/],
    ['a decompression bomb', `#d=${envelope(bomb)}`, /larger than 5\.0 MB/],
    ['a diagram that fails the format', `#d=${envelope(deflateSync(strToU8('[0,[["db1",10],["db2",10,0,1]]]'), { dictionary: SHARE_DICTIONARY }))}`, /node "db2": parent "db1" is an rds/],
  ];
  for (const [name, fragment, message] of cases) {
    await page.goto(`${baseURL}/${fragment}`);
    const dialog = page.getByTestId('problems-dialog');
    await expect(dialog, name).toContainText('This link could not be opened');
    await expect(dialog.getByTestId('import-error').first(), name).toHaveText(message);
    await expect(dialog).toContainText('Your diagrams were not changed');
    await page.keyboard.press('Escape');
    // The app goes on with the library's diagram and stays usable.
    await expect(page.getByTestId('diagram-title'), name).toHaveText('Corporate network over VPN');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(await libraryDocuments(page), name).toEqual(libraryBefore);
  }
});
