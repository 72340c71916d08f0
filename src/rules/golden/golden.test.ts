/**
 * Golden tests: the clean reference design yields no error or warning, and
 * the deliberately insecure design yields exactly the findings written by
 * hand in insecure.expected.json (see insecure.notes.md for the reasoning).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../format/readDiagram';
import { referenceDesign } from '../../testing/referenceDesign';
import { targetId } from '../types';
import { validate } from '../validate';

function load(name: string) {
  const result = readDiagramText(readFileSync(join(__dirname, name), 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.diagram;
}

describe('golden designs', () => {
  it('the clean reference design has no error or warning', () => {
    const { findings } = validate(referenceDesign(), { now: new Date('2027-01-15T00:00:00Z') });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });

  it('the insecure design yields exactly its hand-written findings', () => {
    const expected = JSON.parse(readFileSync(join(__dirname, 'insecure.expected.json'), 'utf8')) as { now: string; findings: string[] };
    const { findings } = validate(load('insecure.ramparts.json'), { now: new Date(`${expected.now}T00:00:00Z`) });
    const actual = findings.map((f) => `${f.rule} ${f.target.kind}:${targetId(f.target)}${f.suppressed ? ' (suppressed)' : ''}`);
    expect([...actual].sort()).toEqual([...expected.findings].sort());
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(30);
  });

  it('the insecure design shows the exposure path and the accepted risk reason', () => {
    const { findings, summary } = validate(load('insecure.ramparts.json'), { now: new Date('2027-01-15T00:00:00Z') });
    expect(findings.find((f) => f.rule === 'net/internet-exposure')?.path).toEqual(['e1', 'e6']);
    expect(findings.find((f) => f.suppressed)?.reason).toBe('reporting copy, rebuilt nightly from the warehouse');
    expect(summary.suppressed).toBe(1);
  });
});
