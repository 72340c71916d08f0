/**
 * Drawing on the canvas as a person does: connecting (and picking a kind),
 * re-parenting by drag, refused moves and connections, undo/redo, copy and
 * paste (also into another tab), duplicate, nudge and delete. Starts from the
 * sample design ("Bastion and private RDS") that a first visit opens.
 */
import { expect, test } from './helpers/test';
import { centerOf, dragBy, dragNodeTo, expectSaved, nodeById, openApp, savedDiagram } from './helpers/app';
import { openWithDiagram, projectFile } from './helpers/seed';

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await expect(nodeById(page, 'db')).toBeVisible();
});

async function connect(page: import('@playwright/test').Page, from: string, to: string): Promise<void> {
  const source = nodeById(page, from);
  await source.hover();
  const handle = source.locator('.react-flow__handle-right');
  await expect(handle).toBeVisible();
  await dragBy(page, await centerOf(handle), await centerOf(nodeById(page, to)));
}

test('connecting two nodes where several kinds fit asks which one, and draws it', async ({ page }) => {
  const before = await page.locator('.react-flow__edge').count();
  await connect(page, 'db', 'db-events');
  const menu = page.getByRole('menu', { name: 'Connection kind' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveCount(3); // network, notification, cancel
  await menu.getByRole('menuitem', { name: /Network flow/ }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(before + 1);
  await expect(page.locator('.edge-label[data-kind="network"]').filter({ hasText: 'tcp 443' }).last()).toBeVisible();
  await expectSaved(page, (d) => d.edges.some((e) => e.source === 'db' && e.target === 'db-events' && e.kind === 'network'), 'the new flow is saved');
});

test('a connection no kind allows is refused with a hint', async ({ page }) => {
  const before = await page.locator('.react-flow__edge').count();
  await connect(page, 'db-events', 'internet');
  await expect(page.getByTestId('hint')).toContainText('No connection fits');
  await expect(page.locator('.react-flow__edge')).toHaveCount(before);
});

test('dragging a node into another subnet re-parents it; a forbidden drop is refused and undone', async ({ page }) => {
  // The bastion moves from the public subnet into private subnet B.
  await dragNodeTo(page, 'bastion', await centerOf(nodeById(page, 'private-b')));
  await expectSaved(page, (d) => d.nodes.find((n) => n.id === 'bastion')?.parent === 'private-b', 'bastion now sits in private-b');
  // Moving the subnet moves the bastion with it.
  const bastionBefore = await nodeById(page, 'bastion').boundingBox();
  const header = nodeById(page, 'private-b');
  const hb = (await header.boundingBox())!;
  await dragBy(page, { x: hb.x + hb.width - 30, y: hb.y + hb.height - 20 }, { x: hb.x + hb.width - 30 + 40, y: hb.y + hb.height - 20 + 48 });
  await expect.poll(async () => (await nodeById(page, 'bastion').boundingBox())!.y).toBeGreaterThan(bastionBefore!.y + 30);

  // An RDS may not sit in a VPC outside a subnet: the drop is refused and the database stays put.
  const dbBefore = (await nodeById(page, 'db').boundingBox())!;
  const vpc = (await nodeById(page, 'vpc').boundingBox())!;
  await dragNodeTo(page, 'db', { x: vpc.x + vpc.width - 20, y: vpc.y + 20 });
  await expect(page.getByTestId('hint')).toContainText('cannot sit in a VPC');
  await expect.poll(async () => Math.round((await nodeById(page, 'db').boundingBox())!.x)).toBe(Math.round(dbBefore.x));
  await expectSaved(page, (d) => d.nodes.find((n) => n.id === 'db')?.parent === 'private-a', 'db still in private-a');
});

test('undo and redo step through edits, and a whole drag is one step', async ({ page }) => {
  const start = (await nodeById(page, 'bastion').boundingBox())!;
  await dragNodeTo(page, 'bastion', { x: start.x + start.width / 2 + 16, y: start.y + 24 + 16 });
  await expect.poll(async () => (await nodeById(page, 'bastion').boundingBox())!.x).toBeGreaterThan(start.x + 8);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await nodeById(page, 'bastion').boundingBox())!.x)).toBe(Math.round(start.x));
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await nodeById(page, 'bastion').boundingBox())!.x).toBeGreaterThan(start.x + 8);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await nodeById(page, 'bastion').boundingBox())!.x).toBeGreaterThan(start.x + 8);

  // Delete removes the subnet with its contents; undo brings all of it back.
  await nodeById(page, 'private-a').click({ position: { x: 12, y: 60 } });
  await page.keyboard.press('Delete');
  await expect(nodeById(page, 'private-a')).toHaveCount(0);
  await expect(nodeById(page, 'db')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(nodeById(page, 'db')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('copy and paste, duplicate, nudge; paste into another tab', async ({ page, context }) => {
  await nodeById(page, 'db').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(nodeById(page, 'db-2')).toBeVisible();
  // Duplicating the pasted copy makes a third database, next to it.
  await page.keyboard.press('Control+d');
  await expect(nodeById(page, 'db-2-2')).toBeVisible();
  const before = (await nodeById(page, 'db-2-2').boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => Math.round((await nodeById(page, 'db-2-2').boundingBox())!.y - before.y)).toBeGreaterThan(15);
  await expectSaved(page, (d) => ['db-2', 'db-2-2'].every((id) => d.nodes.find((n) => n.id === id)?.parent === 'private-a'), 'copies stay in the subnet');

  // Another tab of the same browser gets the copied database from the system clipboard.
  await nodeById(page, 'bastion').click();
  await page.keyboard.press('Control+c');
  const other = await context.newPage();
  await openApp(other);
  await other.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await other.keyboard.press('Control+v');
  const saved = await savedDiagram(page);
  expect(saved.nodes.length).toBeGreaterThan(0);
  await expect(other.locator('.react-flow__node[data-id^="bastion-"]')).toBeVisible();
});

test('the zoom level shows as a percentage and clicking it returns to 100%', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const level = page.getByTestId('zoom-level');
  const before = await level.textContent();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(level).not.toHaveText(before ?? '');
  await level.click();
  await expect(level).toHaveText('100%');
  await expect
    .poll(() => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a))
    .toBeCloseTo(1, 2);
});

test('the minimap draws the design and the view, and dragging in it moves the view; wheeling over it zooms', async ({ page }) => {
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  // Every resource and container of the sample is drawn (one box each), and the view is the hole in the shade.
  const drawn = await minimap.evaluate((svg) => ({
    resources: (svg.querySelector('.minimap-resources')?.getAttribute('d') ?? '').split('z').length - 1,
    containers: [...svg.querySelectorAll('.minimap-containers')].reduce((n, p) => n + (p.getAttribute('d') ?? '').split('z').length - 1, 0),
    nodes: document.querySelectorAll('.react-flow__node').length,
  }));
  expect(drawn.resources + drawn.containers).toBe(drawn.nodes);
  expect(drawn.containers).toBeGreaterThan(0);
  const matrix = () => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform));
  const before = await matrix();
  const box = (await minimap.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 4 });
  await page.mouse.up();
  // Dragging the view's rectangle right and down moves the canvas left and up under it.
  await expect.poll(async () => (await matrix()).e).toBeLessThan(before.e - 10);
  expect((await matrix()).f).toBeLessThan(before.f);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await matrix()).a).toBeGreaterThan(before.a);
});

test('edge labels sit above their lines, and a click on a label selects its edge (Shift adds the next)', async ({ page }) => {
  const labels = page.locator('.edge-label');
  await expect(labels.first()).toBeVisible();
  const ids = await labels.evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-id') ?? ''));
  // What a person sees at each label's centre is the label, not the line drawn through it.
  const onTop = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('.edge-label') === el;
    }),
  );
  expect(onTop).toEqual(ids.map(() => true));

  const panel = page.getByTestId('inspector');
  await labels.nth(0).click();
  await expect(panel.getByTestId('inspector-edge-id')).toHaveText(ids[0]!);
  await labels.nth(1).click({ modifiers: ['Shift'] });
  await expect(page.locator('.edge-label.is-selected')).toHaveCount(2);
  await labels.nth(1).click();
  await expect(page.locator('.edge-label.is-selected')).toHaveCount(1);
  await expect(panel.getByTestId('inspector-edge-id')).toHaveText(ids[1]!);
});

/** The screen point `t` of the way along a mounted edge's line (or its wider aiming path), and the unit normal there. */
async function alongEdge(page: import('@playwright/test').Page, id: string, t: number, path = '.react-flow__edge-path'): Promise<{ x: number; y: number; nx: number; ny: number }> {
  return alongPath(page.locator(`.react-flow__edge[data-id="${id}"] ${path}`).first(), t);
}

/** The screen point `t` of the way along an SVG path, and the unit normal there. */
async function alongPath(path: import('@playwright/test').Locator, t: number): Promise<{ x: number; y: number; nx: number; ny: number }> {
  return path.evaluate((el, t) => {
    const path = el as SVGPathElement;
    const m = path.getScreenCTM()!;
    const screen = (d: number) => {
      const p = path.getPointAtLength(d);
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    };
    const length = path.getTotalLength();
    const a = screen(length * t);
    const b = screen(length * t + 1);
    const n = Math.hypot(b.x - a.x, b.y - a.y);
    return { ...a, nx: -(b.y - a.y) / n, ny: (b.x - a.x) / n };
  }, t);
}

test('a click just beside an edge line, away from its label, selects the edge', async ({ page }) => {
  const edge = page.locator('.react-flow__edge').first();
  const id = (await edge.getAttribute('data-id'))!;
  // A point a quarter of the way along the line, on screen, moved 1.5 px square to it: beside the drawn stroke
  // (under 1 px either side at this zoom) but on the wider transparent path a click aims at.
  const a = await alongEdge(page, id, 0.25, 'path.react-flow__edge-interaction');
  await page.mouse.click(a.x + a.nx * 1.5, a.y + a.ny * 1.5);
  await expect(page.getByTestId('inspector').getByTestId('inspector-edge-id')).toHaveText(id);
  await expect(edge).toHaveClass(/selected/);
});

/** A point near the middle of the canvas where the middle button pans: the pane, a node or a line, not a label or a button. */
async function panPoint(page: import('@playwright/test').Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let r = 0; r < 300; r += 10) {
      for (let a = 0; a < 12; a++) {
        const x = box.x + box.width / 2 + r * Math.cos((a * Math.PI) / 6);
        const y = box.y + box.height / 2 + r * Math.sin((a * Math.PI) / 6);
        const hit = document.elementFromPoint(x, y);
        if (hit === null || hit.closest('.edge-label, button, .react-flow__handle, .react-flow__panel') !== null) continue;
        if (hit.classList.contains('react-flow__pane') || hit.closest('.react-flow__node') !== null) return { x, y };
      }
    }
    throw new Error('nowhere near the middle of the canvas to pan from');
  });
}

/**
 * Drags the view from near the middle of the canvas, with the middle button or with Space and the left:
 * `during` runs while the view is being dragged (moved by 60, 40 by then).
 */
async function panWith(page: import('@playwright/test').Page, during: () => Promise<void>, how: 'middle' | 'space' = 'middle'): Promise<void> {
  const at = await panPoint(page);
  const transform = () => page.locator('.react-flow__viewport').evaluate((e) => getComputedStyle(e).transform);
  const before = await transform();
  const button = how === 'middle' ? 'middle' : 'left';
  await page.mouse.move(at.x, at.y);
  if (how === 'space') await page.keyboard.down('Space');
  await page.mouse.down({ button });
  await page.mouse.move(at.x + 30, at.y + 20, { steps: 3 });
  await page.mouse.move(at.x + 60, at.y + 40, { steps: 3 });
  await expect.poll(transform).not.toBe(before);
  await during();
  await page.mouse.up({ button });
  if (how === 'space') await page.keyboard.up('Space');
}

/** The ids of the edges React Flow has mounted (those in view). */
async function mountedEdges(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id') ?? ''));
}

/** Whether the pan canvas has ink within 2 px of a screen point (its bitmap read back). */
async function canvasInkAt(page: import('@playwright/test').Page, at: { x: number; y: number }): Promise<boolean> {
  return page.getByTestId('pan-lines').evaluate((el, at) => {
    const canvas = el as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const x = Math.round(((at.x - r.left) * canvas.width) / r.width);
    const y = Math.round(((at.y - r.top) * canvas.height) / r.height);
    const px = canvas.getContext('2d')!.getImageData(x - 2, y - 2, 5, 5).data;
    for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) return true;
    return false;
  }, at);
}

/**
 * A large design (260 edges) with little in view at 100%: two connections near the top left, the rest
 * far to the right. Where the canvas draws a line can then be checked pixel by pixel.
 */
function sparseLargeDesign(): string {
  const nodes: object[] = [
    { id: 'app', type: 'ec2-instance', label: 'app', position: { x: 120, y: 120 } },
    { id: 'role', type: 'iam-role', label: 'role', position: { x: 620, y: 420 } },
    { id: 'web', type: 'ec2-instance', label: 'web', position: { x: 120, y: 520 } },
  ];
  const edges: object[] = [
    { id: 'probe', kind: 'assume', source: 'app', target: 'role' },
    { id: 'chosen', kind: 'network', source: 'web', target: 'app', props: { protocol: 'tcp', ports: '8080', encrypted: true } },
  ];
  for (let i = 0; i < 258; i++) {
    const x = 20000 + (i % 20) * 300;
    const y = Math.floor(i / 20) * 300;
    nodes.push({ id: `far${i}`, type: 'ec2-instance', label: `far ${i}`, position: { x, y } }, { id: `farrole${i}`, type: 'iam-role', label: `far role ${i}`, position: { x: x + 150, y: y + 150 } });
    edges.push({ id: `fe${i}`, kind: 'assume', source: `far${i}`, target: `farrole${i}` });
  }
  return JSON.stringify({ format: 'ramparts-diagram', version: 1, title: 'Sparse large design', nodes, edges, viewport: { x: 0, y: 0, zoom: 1 } });
}

test('while the view of a large design is dragged its lines are drawn in place on one canvas, and its edges come back at rest; a small design keeps its edges', async ({ page }) => {
  // The sample design: its edges stay React Flow's during a pan, and there is no canvas.
  const small = await mountedEdges(page);
  expect(small.length).toBeGreaterThan(0);
  await panWith(page, async () => {
    await expect(page.getByTestId('pan-lines')).toHaveCount(0);
    expect(await mountedEdges(page)).toEqual(small);
  });

  await openWithDiagram(page, sparseLargeDesign());
  await expect(page.getByTestId('zoom-level')).toHaveText('100%');
  await expect.poll(() => mountedEdges(page)).toEqual(['probe', 'chosen']);
  // One edge selected, by its label: it stays React Flow's through the pan.
  await page.locator('.edge-label[data-edge-id="chosen"]').click();
  await expect(page.locator('.react-flow__edge[data-id="chosen"]')).toHaveClass(/selected/);
  const probe = await Promise.all([0.25, 0.5, 0.75].map((t) => alongEdge(page, 'probe', t)));
  await panWith(page, async () => {
    await expect(page.getByTestId('pan-lines')).toBeVisible();
    await expect.poll(() => mountedEdges(page)).toEqual(['chosen']);
    await expect(page.locator('.edge-label[data-edge-id="chosen"]')).toBeVisible();
    await expect(page.locator('.edge-label[data-edge-id="probe"]')).toHaveCount(0);
    // The probe's line is on the canvas where React Flow drew it, moved with the view (panWith drags by 60, 40),
    // and only there: nothing 12 px to either side of it.
    for (const p of probe) {
      const at = { x: p.x + 60, y: p.y + 40 };
      expect(await canvasInkAt(page, at), `ink at ${JSON.stringify(at)}`).toBe(true);
      for (const side of [-12, 12]) expect(await canvasInkAt(page, { x: at.x + side * p.nx, y: at.y + side * p.ny })).toBe(false);
    }
  });
  // At rest the canvas goes and the edges are React Flow's again, with their labels.
  await expect(page.getByTestId('pan-lines')).toHaveCount(0);
  await expect.poll(async () => (await mountedEdges(page)).sort()).toEqual(['chosen', 'probe']);
  await expect(page.locator('.edge-label[data-edge-id="probe"]')).toBeVisible();

  // Space and the left button pan the same way.
  await panWith(
    page,
    async () => {
      await expect(page.getByTestId('pan-lines')).toBeVisible();
      await expect.poll(() => mountedEdges(page)).toEqual(['chosen']);
    },
    'space',
  );
  await expect(page.getByTestId('pan-lines')).toHaveCount(0);
  await expect.poll(async () => (await mountedEdges(page)).sort()).toEqual(['chosen', 'probe']);
});

/** The ids of the edges whose lines are in the layer a drag moves them to. */
async function movingLines(page: import('@playwright/test').Page): Promise<string[]> {
  return page.getByTestId('moving-lines').locator('path[id]').evaluateAll((paths) => paths.map((p) => p.id).sort());
}

/**
 * How much darker the screen is on a line than 12 px to either side of it (0 to 255), at the point `t` of the
 * way along the line with this id, wherever it is drawn: what a person sees, read from a screenshot.
 */
async function lineContrast(page: import('@playwright/test').Page, id: string, t: number): Promise<number> {
  const p = await alongPath(page.locator(`path[id="${id}"]`), t);
  const clip = { x: Math.round(p.x) - 16, y: Math.round(p.y) - 16, width: 33, height: 33 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ png, p, clip }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const scale = image.width / clip.width;
      // The darkest pixel within 1.5 px of a point.
      const darkest = (x: number, y: number) => {
        const data = context.getImageData(Math.round((x - clip.x) * scale - 1.5), Math.round((y - clip.y) * scale - 1.5), 4, 4).data;
        let min = 255;
        for (let i = 0; i < data.length; i += 4) min = Math.min(min, (data[i]! + data[i + 1]! + data[i + 2]!) / 3);
        return min;
      };
      const on = darkest(p.x, p.y);
      return Math.min(darkest(p.x + 12 * p.nx, p.y + 12 * p.ny), darkest(p.x - 12 * p.nx, p.y - 12 * p.ny)) - on;
    },
    { png, p, clip },
  );
}

test('while a node is dragged, the lines of its edges move with it (in their own layer) and the others stay in place; at rest they are back', async ({ page }) => {
  const bastion = await centerOf(nodeById(page, 'bastion'));
  const endBefore = await alongPath(page.locator('path[id="bastion-to-db"]'), 0);
  await page.mouse.move(bastion.x, bastion.y);
  await page.mouse.down();
  await page.mouse.move(bastion.x + 20, bastion.y + 15, { steps: 4 });
  await page.mouse.move(bastion.x + 40, bastion.y + 30, { steps: 4 });
  // The bastion's two connections are drawn in the moving layer, and seen there; the database's stays React Flow's.
  await expect.poll(() => movingLines(page)).toEqual(['bastion-to-db', 'ssh-in']);
  await expect(page.locator('.react-flow__edge[data-id="db-notify"] path[id="db-notify"]')).toHaveCount(1);
  for (const id of ['bastion-to-db', 'ssh-in']) expect(await lineContrast(page, id, 0.2), `${id} seen while dragged`).toBeGreaterThan(60);
  // The line follows the bastion: it starts on the bastion's box as it is now, well away from where it started.
  const end = await alongPath(page.locator('path[id="bastion-to-db"]'), 0);
  const moved = (await nodeById(page, 'bastion').boundingBox())!;
  expect(end.x).toBeGreaterThanOrEqual(moved.x - 2);
  expect(end.x).toBeLessThanOrEqual(moved.x + moved.width + 2);
  expect(end.y).toBeGreaterThanOrEqual(moved.y - 2);
  expect(end.y).toBeLessThanOrEqual(moved.y + moved.height + 2);
  expect(Math.hypot(end.x - endBefore.x, end.y - endBefore.y)).toBeGreaterThan(20);
  await page.mouse.up();
  await expect.poll(() => movingLines(page)).toEqual([]);
  await expect(page.locator('.react-flow__edge[data-id="bastion-to-db"] path[id="bastion-to-db"]')).toHaveCount(1);
  expect(await lineContrast(page, 'bastion-to-db', 0.2), 'seen at rest').toBeGreaterThan(60);

  // A subnet dragged carries its bastion, and so the bastion's connections too.
  const subnet = (await nodeById(page, 'public-a').boundingBox())!;
  const grip = { x: subnet.x + subnet.width - 30, y: subnet.y + subnet.height - 20 };
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 10, grip.y + 10, { steps: 4 });
  await page.mouse.move(grip.x + 20, grip.y + 20, { steps: 4 });
  await expect.poll(() => movingLines(page)).toEqual(['bastion-to-db', 'ssh-in']);
  await page.mouse.up();
  await expect.poll(() => movingLines(page)).toEqual([]);
});

test('a selected subnet is resized by its corner handle; the new size is saved and one undo step', async ({ page }) => {
  const subnet = nodeById(page, 'private-a');
  const before = (await savedDiagram(page)).nodes.find((n) => n.id === 'private-a')!;
  const box = (await subnet.boundingBox())!;
  await subnet.click({ position: { x: 12, y: 80 } });
  const handle = subnet.locator('.container-resize-handle.bottom.right');
  await expect(handle).toBeVisible();
  const zoom = await page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  await dragBy(page, await centerOf(handle), { x: box.x + box.width + 80 * zoom, y: box.y + box.height + 40 * zoom });
  await expectSaved(
    page,
    (d) => {
      const now = d.nodes.find((n) => n.id === 'private-a') as { size?: { width: number; height: number } } | undefined;
      const was = before as { size?: { width: number; height: number } };
      return now?.size !== undefined && was.size !== undefined && Math.abs(now.size.width - was.size.width - 80) <= 8 && Math.abs(now.size.height - was.size.height - 40) <= 8;
    },
    'the subnet saved about 80 wider and 40 taller',
  );
  await page.keyboard.press('ControlOrMeta+z');
  await expectSaved(page, (d) => JSON.stringify((d.nodes.find((n) => n.id === 'private-a') as { size?: unknown }).size) === JSON.stringify((before as { size?: unknown }).size), 'one undo restores the size');
});

test('"?" opens the sheet of keyboard shortcuts and Escape closes it', async ({ page }) => {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const action of ['Undo', 'Duplicate', 'Auto layout (the selected container, or everything)', 'This sheet']) await expect(sheet.getByText(action, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('the editor follows the system setting for a dark theme', async ({ page }) => {
  // The colour behind the canvas: the first element from the pane up that paints a background.
  const canvasBackground = () =>
    page.locator('.react-flow__pane').evaluate((pane) => {
      for (let e: Element | null = pane; e !== null; e = e.parentElement) {
        const color = getComputedStyle(e).backgroundColor;
        if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
      }
      return 'rgb(255, 255, 255)';
    });
  // Lightness on a 0-255 scale, from an rgb() colour or a lab() / oklch() one (Tailwind's palette computes to lab()).
  const luminance = (color: string) => {
    const [a = 0, b = 0, c = 0] = (color.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (color.startsWith('lab(')) return a * 2.55;
    if (color.startsWith('oklch(') || color.startsWith('oklab(')) return (a <= 1 ? a : a / 100) * 255;
    return 0.2126 * a + 0.7152 * b + 0.0722 * c;
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => luminance(await canvasBackground())).toBeGreaterThan(200);
  const labelColor = async () => luminance(await nodeById(page, 'db').locator('.node-label').evaluate((e) => getComputedStyle(e).color));
  await expect.poll(labelColor).toBeLessThan(100);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => luminance(await canvasBackground())).toBeLessThan(60);
  // Labels stay readable: light text on the dark canvas.
  await expect.poll(labelColor).toBeGreaterThan(150);
});
