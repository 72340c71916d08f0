import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../format/writeDiagram';
import { decodeShareLink } from '../share/shareLink';
import { referenceDesign } from '../testing/referenceDesign';
import { linkCommand } from './linkCommand';

const dir = mkdtempSync(join(tmpdir(), 'ramparts-link-'));
const clean = join(dir, 'clean.ramparts.json');
writeFileSync(clean, writeDiagram(referenceDesign()));

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = linkCommand(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('link command', () => {
  it('prints a localhost link that decodes to the same diagram', () => {
    const r = run(clean);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('http://localhost:5173/#d=')).toBe(true);
    const back = decodeShareLink(r.out.trim());
    expect(back.ok && writeDiagram(back.diagram)).toBe(writeDiagram(referenceDesign()));
    expect(back.ok && back.review).toBe(false);
  });

  it('takes --base and --review', () => {
    const r = run(clean, '--base', 'https://design.example.com/ramparts/', '--review');
    expect(r.out.startsWith('https://design.example.com/ramparts/#d=')).toBe(true);
    const back = decodeShareLink(r.out.trim());
    expect(back.ok && back.review).toBe(true);
  });

  it('exits 2 on bad input or a bad base', () => {
    expect(run(join(dir, 'nope.json')).code).toBe(2);
    expect(run(clean, '--base', 'javascript:alert(1)').err).toMatch(/--base must be an http/);
    writeFileSync(join(dir, 'bad.json'), '[]');
    expect(run(join(dir, 'bad.json')).err).toMatch(/not a valid Ramparts diagram/);
  });
});
