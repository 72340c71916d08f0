/**
 * `npm run docs` writes docs/rules.md, docs/format.md and the published JSON
 * Schema from the code; `--check` (run by `npm test`) fails when any of them
 * differs from what the code would write, so the docs cannot drift.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/registry';
import { diagramJsonSchema } from '../src/format/jsonSchema';
import { renderFormatDoc } from './docs/renderFormatDoc';
import { renderRulesDoc } from './docs/renderRulesDoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function generatedFiles(): Record<string, string> {
  const template = readFileSync(join(root, 'scripts/docs/format.template.md'), 'utf8');
  return {
    'docs/rules.md': renderRulesDoc(RULES),
    'docs/format.md': renderFormatDoc(template),
    'public/schema/ramparts-diagram-v1.json': `${JSON.stringify(diagramJsonSchema(), null, 2)}\n`,
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, content] of Object.entries(generatedFiles())) {
    const full = join(root, path);
    let current: string | undefined;
    try {
      current = readFileSync(full, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) stale.push(path);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale.length > 0) {
    console.error(`These generated files are out of date: ${stale.join(', ')}\nRun \`npm run docs\` and commit the result.`);
    process.exitCode = 1;
  } else if (check) console.log('generated docs are up to date');
}

main();
