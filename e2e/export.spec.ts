/**
 * Export menu: PNG (size, edge pixels, badges, the diagram in its iTXt
 * chunk), SVG (vector, every label as text, safe), JSON (canonical), the
 * review report (zip with Markdown and PNG, and Markdown to the clipboard),
 * keyboard use of the menu, and the notice for a diagram too large for 2x.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './helpers/test';
import { openWithDiagram, projectFile } from './helpers/seed';
import { startExport } from './helpers/exportMenu';
import { readDiagramText } from '../src/format/readDiagram';
import { writeDiagram } from '../src/format/writeDiagram';
import { NODE_CATALOG } from '../src/catalog/nodeCatalog';
import { absoluteRect, isContainerType, lookupOf, type Rect } from '../src/model/geometry';
import type { Diagram } from '../src/model/types';
import { validate } from '../src/rules/validate';
import { readPngDiagramText } from '../src/export/pngText';
import { shareLink } from '../src/share/shareLink';

const HOSTILE = '<img src=x onerror=alert(1)> events';

/** The bastion template with findings of two severities, an accepted risk and a hostile label. */
function reviewDiagram(): string {
  const d = JSON.parse(projectFile('src/templates/bastion-private-rds.ramparts.json')) as {
    title: string;
    nodes: { id: string; label?: string; props?: Record<string, unknown> }[];
    suppressions?: unknown[];
  };
  d.title = 'Payments review';
  const node = (id: string) => d.nodes.find((n) => n.id === id)!;
  node('db').props = { ...node('db').props, multiAz: false, publiclyAccessible: true };
  node('bastion').props = { credentials: 'access-keys' };
  node('db-events').label = HOSTILE;
  d.suppressions = [{ rule: 'net/internet-exposure', target: 'db', reason: 'Path reviewed | see <ADR-7>', expires: '2099-01-01' }];
  return JSON.stringify(d, null, 2);
}

function parsed(json: string): Diagram {
  const r = readDiagramText(json);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()));
}

/** Width and height from the IHDR chunk, read here rather than with the code under test. */
function ihdrSize(png: Uint8Array): { width: number; height: number } {
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function boundsOf(d: Diagram): Rect {
  const lookup = lookupOf(d);
  const rects = d.nodes.map((n) => absoluteRect(n, lookup));
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

type Rgb = readonly [number, number, number];
const hex = (c: string): Rgb => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];

/** For each box (PNG pixels), how many of its pixels are within `tolerance` of `color`; decoded by the page's own PNG decoder. */
async function countColour(page: Page, png: Uint8Array, boxes: readonly { x: number; y: number; w: number; h: number; color: Rgb }[], tolerance = 40): Promise<number[]> {
  return page.evaluate(
    async ({ b64, boxes, tolerance }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return boxes.map((b) => {
        const data = ctx.getImageData(Math.round(b.x), Math.round(b.y), Math.max(1, Math.round(b.w)), Math.max(1, Math.round(b.h))).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200 && Math.abs(data[i]! - b.color[0]) + Math.abs(data[i + 1]! - b.color[1]) + Math.abs(data[i + 2]! - b.color[2]) <= tolerance) n++;
        }
        return n;
      });
    },
    { b64: Buffer.from(png).toString('base64'), boxes, tolerance },
  );
}

test.describe('export', () => {
  const json = reviewDiagram();
  const diagram = parsed(json);
  const findings = validate(diagram, { now: new Date() }).findings;

  test('PNG: whole diagram at 2x with title band, edge pixels, one badge per flagged node, and the diagram inside', async ({ page }) => {
    await openWithDiagram(page, json);
    // Zoom far in so most nodes are off-screen: the export must not depend on the view.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom In' }).click();

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'PNG image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '2x' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'White' })).toBeChecked();
    await expect(dialog.getByTestId('png-notice')).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Payments review.png');
    await expect(dialog).toBeHidden();
    const png = await bytesOf(download);

    // Size: the nodes' bounds plus the 32 px margin, times 2, plus the title and legend band.
    const b = boundsOf(diagram);
    const size = ihdrSize(png);
    expect(Math.abs(size.width - (b.width + 64) * 2)).toBeLessThanOrEqual(2);
    const band = size.height / 2 - (b.height + 64);
    expect(band).toBeGreaterThanOrEqual(50);
    expect(band).toBeLessThanOrEqual(120);
    await expect(page.getByTestId('hint')).toContainText(`PNG saved at 2x (${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} px)`);

    // The embedded diagram is the canonical file.
    expect(readPngDiagramText(png)).toBe(writeDiagram(diagram));

    const lookup = lookupOf(diagram);
    const toPng = (x: number, y: number) => ({ x: (x - b.x + 32) * 2, y: (y - b.y + 32) * 2 });

    // Edge pixels: the ssh-in flow (slate, #475569) along the straight line between the two icons, away from its label.
    const source = absoluteRect(diagram.nodes.find((n) => n.id === 'internet')!, lookup);
    const target = absoluteRect(diagram.nodes.find((n) => n.id === 'bastion')!, lookup);
    const sc = { x: source.x + source.width / 2, y: source.y + 2 + (source.height - 10) / 2 };
    const tc = { x: target.x + target.width / 2, y: target.y + 2 + (target.height - 10) / 2 };
    const samples = [0.25, 0.35, 0.65, 0.72].map((t) => toPng(sc.x + (tc.x - sc.x) * t, sc.y + (tc.y - sc.y) * t));
    const edgeHits = await countColour(page, png, samples.map((p) => ({ x: p.x - 3, y: p.y - 3, w: 7, h: 7, color: hex('#475569') })));
    for (const n of edgeHits) expect(n).toBeGreaterThan(0);

    // Badges: a node with active findings has its badge (the severity colour) in its top-right corner; the others have none.
    const severityColour = { error: '#d13212', warning: '#b7791f', info: '#2563eb' } as const;
    const flagged = new Map<string, keyof typeof severityColour>();
    for (const f of findings) {
      expect(f.target.kind).toBe('node');
      if (f.suppressed || f.target.kind !== 'node') continue;
      const prev = flagged.get(f.target.id);
      if (prev === undefined || (prev !== 'error' && f.severity === 'error')) flagged.set(f.target.id, f.severity);
    }
    expect([...flagged.entries()].sort()).toEqual([
      ['bastion', 'warning'],
      ['db', 'error'],
    ]);
    const resources = diagram.nodes.filter((n) => !isContainerType(n.type));
    const boxes = resources.flatMap((n) => {
      const r = absoluteRect(n, lookup);
      const p = toPng(r.x + r.width - 40, r.y + 3);
      return Object.values(severityColour).map((c) => ({ x: p.x, y: p.y, w: 72, h: 26, color: hex(c) }));
    });
    const counts = await countColour(page, png, boxes, 30);
    const seen = new Map<string, string>();
    resources.forEach((n, i) => {
      Object.keys(severityColour).forEach((s, k) => {
        if (counts[i * 3 + k]! > 20) seen.set(n.id, s);
      });
    });
    expect([...seen.entries()].sort()).toEqual([...flagged.entries()].sort());
  });

  test('PNG: a transparent background at 1x', async ({ page }) => {
    await openWithDiagram(page, json);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'PNG image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await dialog.getByText('1x').click();
    await dialog.getByText('Transparent').click();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const png = await bytesOf(await downloading);
    const b = boundsOf(diagram);
    expect(Math.abs(ihdrSize(png).width - (b.width + 64))).toBeLessThanOrEqual(1);
    // The top-left corner is outside every node: fully transparent.
    const opaque = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, 10, 10).data[3];
    }, Buffer.from(png).toString('base64'));
    expect(opaque).toBe(0);
  });

  test('PNG: a diagram too large for 2x is exported whole at a lower ratio, with a notice', async ({ page }) => {
    // Few nodes, far apart: 9,000 x 7,000 px of diagram, over the canvas limits at 2x.
    const d = JSON.parse(json) as { nodes: { id: string; position?: { x: number; y: number } }[] };
    d.nodes.find((n) => n.id === 'db-events')!.position = { x: 9000, y: 7000 };
    const wide = JSON.stringify(d);
    await openWithDiagram(page, wide);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'PNG image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await expect(dialog.getByTestId('png-notice')).toContainText('exported whole at');
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const png = await bytesOf(await downloading);
    const size = ihdrSize(png);
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeLessThanOrEqual(16_384 * 4_096);
    // Whole, not cropped: at the ratio the width shows, the height is the bounds plus margin and band.
    const b = boundsOf(parsed(wide));
    const ratio = size.width / (b.width + 64);
    expect(ratio).toBeLessThan(2);
    expect(ratio).toBeGreaterThan(1);
    const band = size.height / ratio - (b.height + 64);
    expect(band).toBeGreaterThanOrEqual(50);
    expect(band).toBeLessThanOrEqual(120);
    // The far node is drawn: its badge-free icon area is not blank.
    const far = await countColour(page, png, [{ x: (9000 + 36 - b.x + 32) * ratio, y: (7000 + 4 - b.y + 32) * ratio, w: 48 * ratio, h: 48 * ratio, color: hex('#e7157b') }], 120);
    expect(far[0]).toBeGreaterThan(50);
    expect(readPngDiagramText(png)).toBe(writeDiagram(parsed(wide)));
  });

  test('SVG: vector, every label as text, no script, event attribute or foreignObject', async ({ page }) => {
    await openWithDiagram(page, json);
    const download = await (await startExport(page, 'SVG image')).download;
    expect(download.suggestedFilename()).toBe('Payments review.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    const labels = diagram.nodes.map((n) => ({ id: n.id, label: n.label ?? NODE_CATALOG[n.type].displayName }));
    const report = await page.evaluate(
      ({ svg, labels }) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const all = Array.from(doc.querySelectorAll('*'));
        return {
          parseError: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          banned: all.filter((e) => ['script', 'foreignObject', 'iframe', 'image', 'a'].includes(e.localName)).length,
          eventAttributes: all.flatMap((e) => Array.from(e.attributes).map((a) => a.name)).filter((n) => n.toLowerCase().startsWith('on')),
          uses: doc.querySelectorAll('use').length,
          texts: labels.map(({ id, label }) => {
            const g = Array.from(doc.querySelectorAll('g[data-id]')).find((x) => x.getAttribute('data-id') === id);
            const lines = Array.from(g?.querySelectorAll(':scope > text.label') ?? []).map((t) => t.textContent);
            return { label, shown: lines.join(' '), title: g?.querySelector('title')?.textContent ?? '' };
          }),
          title: doc.querySelector('.legend .title')?.textContent,
        };
      },
      { svg, labels },
    );
    expect(report.parseError).toBeNull();
    expect(report.root).toBe('svg');
    expect(report.banned).toBe(0);
    expect(report.eventAttributes).toEqual([]);
    expect(report.uses).toBe(diagram.nodes.length);
    for (const t of report.texts) {
      expect(t.title.endsWith(`: ${t.label}`)).toBe(true);
      // Shown on up to two lines, as on the canvas: the whole label, or its start and an ellipsis.
      const shown = t.shown.replace(/…$/, '');
      expect(t.label.replace(/\s+/g, ' ').startsWith(shown), `${t.label} shown as ${t.shown}`).toBe(true);
      expect(shown.length).toBeGreaterThan(Math.min(t.label.length, 12) - 1);
    }
    expect(report.title).toBe('Payments review');
    expect(svg).not.toContain('<img');
  });

  test('JSON: the canonical file, named after the title', async ({ page }) => {
    await openWithDiagram(page, json);
    const download = await (await startExport(page, 'JSON file')).download;
    expect(download.suggestedFilename()).toBe('Payments review.ramparts.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(writeDiagram(diagram));
  });

  test('review report: a zip of the Markdown and the PNG it shows; Copy Markdown puts the same text on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openWithDiagram(page, json);
    const download = await (await startExport(page, 'Review report')).download;
    expect(download.suggestedFilename()).toBe('Payments review-review.zip');
    const files = unzipSync(await bytesOf(download));
    expect(Object.keys(files).sort()).toEqual(['Payments review-review.md', 'Payments review.png']);
    const md = new TextDecoder().decode(files['Payments review-review.md']);
    expect(md).toContain('# Security review: Payments review');
    expect(md).toContain('![Diagram: Payments review](<Payments review.png>)');
    expect(md).toContain('| Severity | Open | Accepted risk |');
    expect(md).toContain('| ● Error | 1 | 0 |');
    expect(md).toContain('| ▲ Warning | 2 | 0 |');
    expect(md).toContain('| ℹ Info | 0 | 1 |');
    for (const f of findings.filter((x) => !x.suppressed)) expect(md).toContain(`- **Rule:** \`${f.rule}\``);
    expect(md).toContain('Path reviewed \\| see \\<ADR-7\\>');
    expect(md).not.toContain('<img');
    expect(readPngDiagramText(files['Payments review.png']!)).toBe(writeDiagram(diagram));

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Copy report as Markdown' }).click();
    await expect(page.getByTestId('hint')).toContainText('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# Security review: Payments review');
    expect(copied).toContain('| ● Error | 1 | 0 |');
  });

  test('exports work in read-only review mode', async ({ page, baseURL }) => {
    await page.goto(shareLink(diagram, `${baseURL}/`, { review: true }));
    await expect(page.getByTestId('review-banner')).toBeVisible();
    const download = await (await startExport(page, 'JSON file')).download;
    expect(readFileSync(await download.path(), 'utf8')).toBe(writeDiagram(diagram));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'PNG image…' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('dialog', { name: 'Export PNG image' }).getByRole('button', { name: 'Export PNG' }).click();
    expect(readPngDiagramText(await bytesOf(await downloading))).toBe(writeDiagram(diagram));
  });

  test('the menu works from the keyboard and keeps keys away from the canvas', async ({ page }) => {
    await openWithDiagram(page, json);
    const button = page.getByRole('button', { name: 'Export' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'PNG image…' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: 'Copy report as Markdown' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'PNG image…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.locator('.react-flow__node')).toHaveCount(diagram.nodes.length);

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toBe('Payments review.ramparts.json');

    // The PNG dialog: Escape closes it and nothing on the canvas changed.
    await page.locator('.react-flow__node[data-id="db"]').click();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.react-flow__node')).toHaveCount(diagram.nodes.length);
  });
});
