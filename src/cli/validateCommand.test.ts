import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../format/writeDiagram';
import { referenceDesign } from '../testing/referenceDesign';
import { validateCommand } from './validateCommand';

const root = join(__dirname, '..', '..');
const insecure = join(root, 'src/rules/golden/insecure.ramparts.json');
const dir = mkdtempSync(join(tmpdir(), 'ramparts-cli-'));
const clean = join(dir, 'clean.ramparts.json');
writeFileSync(clean, writeDiagram(referenceDesign()));

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = validateCommand(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('validate command', () => {
  it('exits 0 on a design with no unsuppressed error and prints a readable report', () => {
    const r = run(clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 errors, 0 warnings');
    expect(r.out).toContain('net/internet-exposure');
    expect(r.err).toBe('');
  });

  it('exits 1 when there are errors, grouping findings under their target', () => {
    const r = run(insecure, '--now', '2027-01-15');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Orders DB \(rds "db-public"\)\n(.*\n)*?.*pub\/rds-public-access/);
    expect(r.out).toMatch(/\d+ errors, \d+ warnings, \d+ info, 1 suppressed/);
  });

  it('prints exactly the findings shape of the spec with --format json', () => {
    const r = run(insecure, '--format', 'json', '--now', '2027-01-15');
    const parsed = JSON.parse(r.out) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    expect(Object.keys(parsed.summary)).toEqual(['error', 'warning', 'info', 'suppressed']);
    const exposure = parsed.findings.find((f) => f['rule'] === 'net/internet-exposure')!;
    expect(Object.keys(exposure)).toEqual(['rule', 'severity', 'target', 'message', 'source', 'suppressed', 'path']);
    const suppressed = parsed.findings.find((f) => f['suppressed'] === true)!;
    expect(suppressed['reason']).toBe('reporting copy, rebuilt nightly from the warehouse');
    expect(r.code).toBe(1);
  });

  it('judges suppression expiry against --now', () => {
    const before = JSON.parse(run(insecure, '--format', 'json', '--now', '2026-12-31').out) as { summary: { suppressed: number } };
    const after = JSON.parse(run(insecure, '--format', 'json', '--now', '2027-01-01').out) as { summary: { suppressed: number } };
    expect(before.summary.suppressed).toBe(2);
    expect(after.summary.suppressed).toBe(1);
  });

  it('exits 2 with a one-line reason and no stack trace on unreadable input', () => {
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json')], /no such file/],
      [[file('broken.json', '{"format": ')], /not valid JSON/],
      [[file('other.json', '{"hello": 1}')], /field "format"/],
      [[file('newer.json', '{"format":"ramparts-diagram","version":7,"nodes":[],"edges":[]}')], /newer than this version of Ramparts/],
      [[file('bad.json', '{"format":"ramparts-diagram","version":1,"nodes":[{"id":"db1","type":"rds"},{"id":"db2","type":"rds","parent":"db1"}],"edges":[]}')], /node "db2": parent "db1" is an rds/],
      [[dir], /not a file/],
      [[], /no FILE given/],
      [[clean, '--format', 'xml'], /--format must be text, json or sarif/],
      [[clean, '--now', '2027-13-01'], /--now must be a date/],
      [[clean, '--bogus'], /unknown option --bogus/],
    ];
    for (const [argv, message] of cases) {
      const r = run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
  });

  it('refuses a file over 5 MB before reading it', () => {
    const big = file('big.json', `{"format":"ramparts-diagram","version":1,"nodes":[],"edges":[],"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`);
    const r = run(big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/at most 5\.0 MB/);
  });

  it('treats hostile labels as text (no escape sequences reach the terminal)', () => {
    const d = { ...referenceDesign(), nodes: referenceDesign().nodes.map((n) => (n.id === 'db' ? { ...n, label: '<img src=x onerror=alert(1)>', props: { ...n.props, publiclyAccessible: true } } : n)) };
    const r = run(file('hostile.json', writeDiagram(d)));
    expect(r.out).toContain('<img src=x onerror=alert(1)> is publicly accessible');
    expect(r.code).toBe(1);
  });

  it('runs as `npm run validate` straight from the sources, with no build step', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/validate.ts'), insecure, '--format', 'json', '--now', '2027-01-15'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { summary: { suppressed: number } }).summary.suppressed).toBe(1);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/validate.ts'), join(dir, 'missing.json')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 30000);
});
