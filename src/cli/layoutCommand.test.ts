import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../format/readDiagram';
import { writeDiagram } from '../format/writeDiagram';
import { checkLayout } from '../layout/testing/checkLayout';
import { withoutPlaces } from '../layout/testing/fixtures';
import { referenceDesign } from '../testing/referenceDesign';
import { layoutCommand } from './layoutCommand';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ramparts-layout-'));
const bare = join(dir, 'bare.ramparts.json');
writeFileSync(bare, writeDiagram(withoutPlaces(referenceDesign())));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await layoutCommand(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('layout command', () => {
  it('prints the same diagram, canonical, with every position and container size filled in', async () => {
    const r = await run(bare);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const back = readDiagramText(r.out);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(writeDiagram(back.diagram)).toBe(r.out);
    expect(checkLayout(back.diagram)).toEqual([]);
    expect(back.diagram.nodes.map((n) => n.id)).toEqual(referenceDesign().nodes.map((n) => n.id));
    const reference = readDiagramText(writeDiagram(referenceDesign()));
    expect(reference.ok && back.diagram.edges).toEqual(reference.ok && reference.diagram.edges);
  }, 60_000);

  it('with --missing, leaves a placed diagram as it is', async () => {
    const placed = join(dir, 'placed.ramparts.json');
    writeFileSync(placed, (await run(bare)).out);
    const r = await run(placed, '--missing');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(placed, 'utf8'));
  }, 60_000);

  it('exits 2 with a one-line reason on bad input or a wrong call', async () => {
    writeFileSync(join(dir, 'bad.json'), '[]');
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json')], /no such file/],
      [[join(dir, 'bad.json')], /not a valid Ramparts diagram/],
      [[], /no FILE given/],
      [[bare, bare], /exactly one FILE/],
      [[bare, '--bogus'], /unknown option --bogus/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
  });

  it('runs as `npm run layout` straight from the sources', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/layout.ts'), bare], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const back = readDiagramText(result.stdout);
    expect(back.ok && back.diagram.nodes.every((n) => n.position !== undefined)).toBe(true);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/layout.ts'), join(dir, 'missing.json')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
