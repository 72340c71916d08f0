/**
 * The inspector, driven by the catalog: for every node type, add one from
 * the palette (inside the containers it needs), set every one of its props
 * to a non-default value through the inspector's controls, and check the
 * saved diagram (IndexedDB, written by autosave) holds exactly those values.
 * Then the props of the network flows of the sample design, and the rules
 * the fields enforce: an out-of-range number is applied with a warning, a
 * bad CIDR is flagged and not applied.
 */
import { expect, test } from './helpers/test';
import type { Locator, Page } from '@playwright/test';
import { EDGE_CATALOG } from '../src/catalog/edgeCatalog';
import { NODE_TYPES, type NodeType } from '../src/catalog/kinds';
import { NODE_CATALOG } from '../src/catalog/nodeCatalog';
import type { PropSpec, PropSpecs } from '../src/catalog/propSpec';
import { clearCanvas, nodeById, openApp, savedDiagram } from './helpers/app';

const inspector = (page: Page) => page.getByTestId('inspector');

/** The containers a type needs, outermost first (a subnet needs a VPC). */
function ancestry(type: NodeType): NodeType[] {
  const parents = NODE_CATALOG[type].parents as readonly (NodeType | null)[];
  if (parents.includes(null)) return [];
  const parent = parents[0]!;
  return [...ancestry(parent), parent];
}

/** Adds a node from the palette with the keyboard; it lands in the selected container and becomes the selection. */
async function placeFromPalette(page: Page, type: NodeType): Promise<string> {
  const item = page.getByTestId(`palette-${type}`);
  await item.focus();
  await page.keyboard.press('Enter');
  const panel = inspector(page);
  await expect(panel.getByTestId('inspector-node')).toHaveAttribute('data-node-type', type);
  await expect(panel.getByTestId('inspector-type')).toHaveText(NODE_CATALOG[type].displayName);
  return (await panel.getByTestId('inspector-node-id').innerText()).trim();
}

/** A value unlike the default, of the prop's kind. */
function nonDefault(key: string, spec: PropSpec): unknown {
  switch (spec.kind) {
    case 'boolean':
      return !spec.default;
    case 'integer':
      return spec.default + 1;
    case 'enum': {
      const last = spec.values[spec.values.length - 1]!;
      return last === spec.default ? spec.values[0]! : last;
    }
    case 'text':
      return `x-${key}`;
    case 'cidr':
      return '10.9.0.0/16';
    case 'ports':
      return '8443';
    case 'string-list':
      return [`item-${key}`];
    case 'acl':
      return [{ rule: 100, direction: 'outbound', action: 'deny', protocol: 'udp', ports: '53', cidr: '10.9.0.0/16' }];
    case 'policies':
      return [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] }];
  }
}

async function commitText(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue(text);
}

/** Sets one prop through its control, as a person would; `panel` is the inspector. */
async function setThroughInspector(panel: Locator, spec: PropSpec, value: unknown): Promise<void> {
  const exact = { name: spec.label, exact: true } as const;
  switch (spec.kind) {
    case 'boolean': {
      const toggle = panel.getByRole('switch', exact);
      await expect(toggle).toHaveAttribute('aria-checked', String(spec.default));
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-checked', String(value));
      return;
    }
    case 'integer':
      return commitText(panel.getByRole('spinbutton', exact), String(value));
    case 'enum': {
      const select = panel.getByRole('combobox', exact);
      await select.selectOption(String(value));
      await expect(select).toHaveValue(String(value));
      return;
    }
    case 'text':
    case 'cidr':
    case 'ports':
      return commitText(panel.getByRole('textbox', exact), String(value));
    case 'string-list': {
      const [item] = value as string[];
      await commitNewItem(panel, spec.label, item!);
      await expect(panel.getByRole('textbox', { name: `${spec.label} 1`, exact: true })).toHaveValue(item!);
      return;
    }
    case 'acl': {
      const [entry] = value as { direction: string; action: string; protocol: string; ports: string; cidr: string }[];
      await panel.getByRole('button', { name: 'Add entry' }).click();
      await expect(panel.getByRole('textbox', { name: 'Entry 1 rule number', exact: true })).toHaveValue('100');
      await panel.getByRole('combobox', { name: 'Entry 1 direction', exact: true }).selectOption(entry!.direction);
      await panel.getByRole('combobox', { name: 'Entry 1 action', exact: true }).selectOption(entry!.action);
      await panel.getByRole('combobox', { name: 'Entry 1 protocol', exact: true }).selectOption(entry!.protocol);
      await commitText(panel.getByRole('textbox', { name: 'Entry 1 ports', exact: true }), entry!.ports);
      await commitText(panel.getByRole('textbox', { name: 'Entry 1 CIDR', exact: true }), entry!.cidr);
      return;
    }
    case 'policies': {
      const [statement] = value as { actions: string[]; resources: string[] }[];
      await panel.getByRole('button', { name: 'Add statement' }).click();
      await commitNewItem(panel, 'Statement 1 actions', statement!.actions[0]!);
      await commitNewItem(panel, 'Statement 1 resources', statement!.resources[0]!);
      return;
    }
  }
}

async function commitNewItem(panel: Locator, list: string, text: string): Promise<void> {
  const field = panel.getByRole('textbox', { name: `New ${list} item`, exact: true });
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue('');
  await expect(panel.getByRole('textbox', { name: `${list} 1`, exact: true })).toHaveValue(text);
}

async function savedProps(page: Page, kind: 'node' | 'edge', id: string): Promise<Record<string, unknown> | undefined> {
  const diagram = await savedDiagram(page);
  const list: { id: string; props?: Record<string, unknown> }[] = kind === 'node' ? diagram.nodes ?? [] : diagram.edges ?? [];
  return list.find((x) => x.id === id)?.props;
}

/**
 * Polls the saved diagram until the element's props include `expected`
 * (autosave writes within a second). The file omits a value equal to its
 * default, so with `specs` a missing prop reads as its default.
 */
async function expectSavedProps(page: Page, kind: 'node' | 'edge', id: string, expected: Record<string, unknown>, specs?: PropSpecs): Promise<void> {
  await expect
    .poll(
      async () => {
        const props = (await savedProps(page, kind, id)) ?? {};
        return Object.fromEntries(Object.keys(expected).map((key) => [key, props[key] ?? specs?.[key]?.default]));
      },
      { message: `saved props of ${kind} ${id}`, timeout: 5000 },
    )
    .toEqual(expected);
}

// Each test makes a dozen edits and waits for each to be saved: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await openApp(page);
  // The inspector shares the right panel with the findings: show it.
  const tab = page.getByRole('tab', { name: 'Properties' });
  if ((await tab.count()) > 0) await tab.click();
});

for (const type of NODE_TYPES) {
  const specs: PropSpecs = NODE_CATALOG[type].props;
  const keys = Object.keys(specs);

  test(`${type}: every prop of the catalog is edited in the inspector and saved`, async ({ page }) => {
    // From an empty canvas, so each node lands where the palette puts it (the centre, or the selected container).
    await clearCanvas(page);
    for (const container of ancestry(type)) await placeFromPalette(page, container);
    const id = await placeFromPalette(page, type);
    const panel = inspector(page);

    // The controls come in catalog order, one per prop.
    await expect(panel.locator('[data-prop]')).toHaveCount(keys.length);
    expect(await panel.locator('[data-prop]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-prop')))).toEqual(keys);

    const expected: Record<string, unknown> = {};
    for (const key of keys) {
      const spec = specs[key]!;
      expected[key] = nonDefault(key, spec);
      await setThroughInspector(panel, spec, expected[key]);
    }
    if (type === 'rds') {
      // Not a window RDS accepts: flagged beside the field, and still applied (the validator reports it).
      await expect(panel.getByText(/RDS will refuse this window/)).toBeVisible();
    }

    await commitText(panel.getByRole('textbox', { name: 'Label', exact: true }), `Edited ${type}`);
    await panel.getByRole('textbox', { name: 'Notes', exact: true }).fill('Reviewed by the inspector spec.');
    await panel.getByRole('textbox', { name: 'Notes', exact: true }).blur();

    await expectSavedProps(page, 'node', id, expected);
    await expect
      .poll(async () => {
        const saved = (await savedDiagram(page)).nodes.find((n) => n.id === id) as { label?: string; notes?: string } | undefined;
        return { label: saved?.label, notes: saved?.notes };
      })
      .toEqual({ label: `Edited ${type}`, notes: 'Reviewed by the inspector spec.' });
  });
}

test('network flows: protocol, ports, encryption, database user and (from outside AWS) source CIDR', async ({ page }) => {
  const specs: PropSpecs = EDGE_CATALOG.network.props;
  const labels = page.locator('.edge-label[data-kind="network"]');
  await expect(labels.first()).toBeVisible();
  const ids = await labels.evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-id') ?? ''));
  const panel = inspector(page);
  for (const id of ids) {
    // Click where the label is drawn, as a person would (whichever layer takes the click selects the edge).
    const box = await page.locator(`.edge-label[data-edge-id="${id}"]`).boundingBox();
    if (box === null) throw new Error(`label of ${id} not visible`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(panel.getByTestId('inspector-edge-id')).toHaveText(id);
    await expect(panel.getByTestId('inspector-type')).toHaveText(EDGE_CATALOG.network.displayName);

    const expected: Record<string, unknown> = {};
    for (const key of Object.keys(specs)) {
      const spec = specs[key]!;
      if (key === 'sourceCidr' && (await panel.getByRole('textbox', { name: spec.label, exact: true }).count()) === 0) continue;
      const field = panel.getByRole(spec.kind === 'boolean' ? 'switch' : spec.kind === 'enum' ? 'combobox' : 'textbox', { name: spec.label, exact: true });
      if (spec.kind === 'boolean') {
        // The sample's flows may already be encrypted: flip whatever is there.
        const now = (await field.getAttribute('aria-checked')) === 'true';
        await field.click();
        await expect(field).toHaveAttribute('aria-checked', String(!now));
        expected[key] = !now;
      } else {
        expected[key] = nonDefault(key, spec);
        if (spec.kind === 'enum') await field.selectOption(String(expected[key]));
        else await commitText(field, String(expected[key]));
      }
    }
    await expectSavedProps(page, 'edge', id, expected, specs);
  }
});

test('a number outside the AWS range is applied with a warning; a bad CIDR is flagged and not applied', async ({ page }) => {
  await clearCanvas(page);
  await placeFromPalette(page, 'vpc');
  const subnetId = await placeFromPalette(page, 'subnet');
  const panel = inspector(page);

  const cidr = panel.getByRole('textbox', { name: 'CIDR', exact: true });
  const before = await cidr.inputValue();
  await cidr.fill('10.0.1.300/24');
  await cidr.press('Enter');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toContainText('Not applied');
  await commitText(panel.getByRole('textbox', { name: 'Availability Zone', exact: true }), 'us-east-1c');
  await expectSavedProps(page, 'node', subnetId, { availabilityZone: 'us-east-1c' });
  const saved = await savedProps(page, 'node', subnetId);
  expect(saved?.['cidr'] ?? NODE_CATALOG.subnet.props.cidr.default).toBe(before);

  const rdsId = await placeFromPalette(page, 'rds');
  const retention = panel.getByRole('spinbutton', { name: 'Backup retention', exact: true });
  await commitText(retention, '40');
  await expect(panel.getByText(/Outside the range AWS accepts \(0–35 days\)/)).toBeVisible();
  await expectSavedProps(page, 'node', rdsId, { backupRetentionDays: 40 });
});

test('typing in the inspector stays in the field, and one edit is one undo step', async ({ page }) => {
  const panel = inspector(page);
  const [first] = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  await nodeById(page, first!).click();
  await expect(panel.getByTestId('inspector-node-id')).toHaveText(first!);

  const label = panel.getByRole('textbox', { name: 'Label', exact: true });
  const before = await label.inputValue();
  await label.click();
  // Backspace and Delete edit the text; they must not delete the selected node.
  await label.press('End');
  await label.press('Backspace');
  await label.press('Delete');
  await label.pressSequentially(' renamed');
  await label.press('Enter');
  await expect(nodeById(page, first!)).toBeVisible();
  await expect(label).toHaveValue(`${before.slice(0, -1)} renamed`);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(label).toHaveValue(before);
});

test('with nothing selected, the inspector edits the title and counts the diagram', async ({ page }) => {
  const panel = inspector(page);
  await expect.poll(async () => (await savedDiagram(page)).nodes?.length ?? 0).toBeGreaterThan(0);
  const { nodes, edges } = await savedDiagram(page);
  await expect(panel.getByTestId('inspector-counts')).toContainText(`${nodes.length} nodes, ${edges.length} connections`);
  await expect(panel.getByText('Select a node or connection to edit it')).toBeVisible();
  await commitText(panel.getByRole('textbox', { name: 'Title', exact: true }), 'Payments platform');
  await expect.poll(async () => (await savedDiagram(page)).title).toBe('Payments platform');
});
