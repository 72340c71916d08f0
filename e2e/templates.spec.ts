/** Each template opens showing exactly its golden findings (the same files the unit test checks). */
import { readdirSync } from 'node:fs';
import { expect, test } from './helpers/test';
import { projectFile } from './helpers/seed';

// The template files themselves (src/templates/index.ts imports JSON, which Node's ESM loader would refuse here).
const TEMPLATES = readdirSync(new URL('../src/templates/', import.meta.url))
  .filter((f) => f.endsWith('.ramparts.json'))
  .map((f) => {
    const id = f.replace('.ramparts.json', '');
    const title = (JSON.parse(projectFile(`src/templates/${f}`)) as { title: string }).title;
    return { id, name: title, diagram: { title } };
  });

test('there are four templates', () => {
  expect(TEMPLATES).toHaveLength(4);
});

for (const template of TEMPLATES) {
  test(`template "${template.name}" shows exactly its golden findings`, async ({ page }) => {
    const golden = JSON.parse(projectFile(`src/templates/${template.id}.findings.json`)) as { findings: string[] };
    await page.goto('/');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.getByRole('button', { name: 'My diagrams' }).click();
    const dialog = page.getByRole('dialog', { name: 'My diagrams' });
    await dialog.getByRole('button', { name: 'New from template…' }).click();
    await dialog.getByRole('list', { name: 'Templates' }).getByRole('button', { name: new RegExp(template.name) }).click();
    await expect(page.getByTestId('diagram-title')).toHaveText(template.diagram.title ?? template.name);
    await page.getByRole('tab', { name: /Findings/ }).click();
    const rows = page.getByTestId('findings-panel').getByTestId('finding');
    await expect(rows).toHaveCount(golden.findings.length);
    const shown = await rows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-target')}`));
    const expected = golden.findings.map((f) => f.replace(/ (node|edge):/, ' '));
    expect(shown.sort()).toEqual(expected.sort());
    if (golden.findings.length === 0) await expect(page.getByTestId('findings-empty')).toBeVisible();
  });
}
