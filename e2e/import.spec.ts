/**
 * Import as a person does it: the Import button's file picker, a file
 * dropped on the canvas, a diagram or a share link pasted. A good file
 * becomes a new document in the library and opens; a bad one lists every
 * error the reader found, by node and field, and changes nothing.
 */
import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { readDiagramText } from '../src/format/readDiagram';
import { shareLink } from '../src/share/shareLink';
import { libraryDocuments } from './helpers/library';
import { openWithDiagram, projectFile } from './helpers/seed';
import { exportFile } from './helpers/exportMenu';

const VPN = projectFile('src/templates/corporate-vpn.ramparts.json');
const HSM = projectFile('src/templates/redshift-hsm.ramparts.json');
const HSM_TITLE = JSON.parse(HSM).title as string;

const BROKEN = JSON.stringify({
  format: 'ramparts-diagram',
  version: 1,
  title: 'Broken <img src=x onerror=alert(1)>',
  nodes: [
    { id: 'vpc1', type: 'vpc', label: 'Main', props: { cidr: '10.0.0.0/33' } },
    { id: 'db', type: 'rds', props: { backupRetentionDays: 'seven' } },
    { id: 'x', type: 'warp-drive' },
  ],
  edges: [],
});

async function dropFile(page: Page, name: string, content: string, type: string): Promise<void> {
  await page.evaluate(
    ({ name, content, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type }));
      const pane = document.querySelector('.react-flow__pane')!;
      pane.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      pane.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, content, type },
  );
}

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function expectOpenedAsNewDocument(page: Page, title: string, before: number): Promise<void> {
  await expect(page.getByTestId('diagram-title')).toHaveText(title);
  await expect.poll(async () => (await libraryDocuments(page)).length).toBe(before + 1);
  expect((await libraryDocuments(page)).some((d) => d.title === title)).toBe(true);
}

test.beforeEach(async ({ page }) => {
  await openWithDiagram(page, VPN);
});

test('the Import button opens a .ramparts.json file as a new document', async ({ page }) => {
  const before = (await libraryDocuments(page)).length;
  await page.getByTestId('import-input').setInputFiles({ name: 'warehouse.ramparts.json', mimeType: 'application/json', buffer: Buffer.from(HSM) });
  await expectOpenedAsNewDocument(page, HSM_TITLE, before);
  const stored = (await libraryDocuments(page)).find((d) => d.title === HSM_TITLE)!;
  const read = readDiagramText(stored.json);
  expect(read.ok && read.diagram.nodes.length).toBe(JSON.parse(HSM).nodes.length);
});

test('an invalid file lists every error by node and field and changes nothing', async ({ page }) => {
  const before = await libraryDocuments(page);
  const nodesBefore = await page.locator('.react-flow__node').count();
  await page.getByTestId('import-input').setInputFiles({ name: 'broken.ramparts.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) });
  const dialog = page.getByTestId('problems-dialog');
  await expect(dialog).toContainText('Could not import broken.ramparts.json');
  const errors = dialog.getByTestId('import-error');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText('node "vpc1": prop "cidr"');
  await expect(errors.nth(1)).toContainText('node "db": prop "backupRetentionDays": expected a whole number, got "seven"');
  await expect(errors.nth(2)).toContainText('node "x": type "warp-drive" is not a node type');
  await expect(dialog).toContainText('Nothing was changed');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('diagram-title')).toHaveText('Corporate network over VPN');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodesBefore);
  expect(await libraryDocuments(page)).toEqual(before);
});

test('a file that is not a diagram at all, or is too large, is refused with a reason', async ({ page }) => {
  const before = await libraryDocuments(page);
  const cases: [string, Buffer, RegExp][] = [
    ['notes.txt', Buffer.from('hello'), /not valid JSON/],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /PNG/],
    ['huge.ramparts.json', Buffer.alloc(11 * 1024 * 1024, 0x20), /at most 5\.0 MB/],
    // The format's limits hold in the app as in the command line, with the same message.
    [
      'crowded.ramparts.json',
      Buffer.from(JSON.stringify({ format: 'ramparts-diagram', version: 1, nodes: Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, type: 'internet' })), edges: [] })),
      /has 5001 nodes; at most 5000 are allowed/,
    ],
  ];
  for (const [name, buffer, message] of cases) {
    await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByTestId('import-error').first(), name).toHaveText(message);
    await page.keyboard.press('Escape');
  }
  expect(await libraryDocuments(page)).toEqual(before);
});

test('a file dropped on the canvas is imported', async ({ page }) => {
  const before = (await libraryDocuments(page)).length;
  await dropFile(page, 'warehouse.ramparts.json', HSM, 'application/json');
  await expectOpenedAsNewDocument(page, HSM_TITLE, before);
});

test('pasting a whole diagram or a share link imports it; a broken one is explained', async ({ page, baseURL }) => {
  let count = (await libraryDocuments(page)).length;
  await paste(page, HSM);
  await expectOpenedAsNewDocument(page, HSM_TITLE, count);

  count += 1;
  const web = projectFile('src/templates/web-elasticache.ramparts.json');
  const read = readDiagramText(web);
  if (!read.ok) throw new Error('template does not read');
  await paste(page, shareLink(read.diagram, `${baseURL}/`));
  await expectOpenedAsNewDocument(page, read.diagram.title!, count);

  const before = await libraryDocuments(page);
  await paste(page, BROKEN);
  await expect(page.getByTestId('problems-dialog')).toContainText('Could not import the pasted diagram');
  await page.keyboard.press('Escape');
  expect(await libraryDocuments(page)).toEqual(before);
  await expect(page.getByTestId('diagram-title')).toHaveText(read.diagram.title!);
});

test('JSON export then import gives the same bytes', async ({ page }) => {
  const first = await exportFile(page, 'JSON file');
  expect(first.name).toBe('Corporate network over VPN.ramparts.json');
  await page.getByTestId('import-input').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: first.bytes });
  await expect(page.getByTestId('hint')).toContainText('Imported');
  const second = await exportFile(page, 'JSON file');
  expect(second.bytes.equals(first.bytes)).toBe(true);
});

test('an exported PNG imports back to the same diagram', async ({ page }) => {
  test.setTimeout(120_000);
  const json = await exportFile(page, 'JSON file');
  const png = await exportFile(page, 'PNG image…');
  expect(png.name).toBe('Corporate network over VPN.png');
  const before = (await libraryDocuments(page)).length;
  await page.getByTestId('import-input').setInputFiles({ name: png.name, mimeType: 'image/png', buffer: png.bytes });
  await expect(page.getByTestId('hint')).toContainText('Imported');
  await expect.poll(async () => (await libraryDocuments(page)).length).toBe(before + 1);
  const again = await exportFile(page, 'JSON file');
  expect(again.bytes.toString('utf8')).toBe(json.bytes.toString('utf8'));
});
