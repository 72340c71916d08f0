import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../format/readDiagram';
import { RULES } from '../rules/registry';
import { validate } from '../rules/validate';
import { declarationLines, toSarif } from './sarif';

const path = join(__dirname, '..', 'rules/golden/insecure.ramparts.json');
const text = readFileSync(path, 'utf8');

describe('SARIF output', () => {
  const read = readDiagramText(text);
  if (!read.ok) throw new Error('fixture');
  const result = validate(read.diagram, { now: new Date('2027-01-15T00:00:00Z') });
  const sarif = toSarif(result, { uri: 'designs/insecure.ramparts.json', text, rules: RULES, toolVersion: '0.1.0' }) as {
    version: string;
    runs: { tool: { driver: { rules: { id: string; help: { markdown: string }; properties: Record<string, unknown> }[] } }; results: Record<string, unknown>[] }[];
  };
  const run = sarif.runs[0]!;

  it('is SARIF 2.1.0 with one rule descriptor per rule, carrying section, quote and fix', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.rules).toHaveLength(58);
    const rds = run.tool.driver.rules.find((r) => r.id === 'pub/rds-public-access')!;
    expect(rds.properties['section']).toBe('RDS / Network Isolation');
    expect(rds.help.markdown).toContain('**Fix:**');
    expect(rds.help.markdown).toContain('> ');
  });

  it('gives every result a physical location at the line declaring its target', () => {
    const lines = text.split('\n');
    expect(run.results).toHaveLength(result.findings.length);
    for (const r of run.results) {
      const loc = (r['locations'] as { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { name: string }[] }[])[0]!;
      expect(loc.physicalLocation.artifactLocation.uri).toBe('designs/insecure.ramparts.json');
      const id = loc.logicalLocations[0]!.name;
      expect(lines[loc.physicalLocation.region.startLine - 1]).toContain(`"id": "${id}"`);
    }
  });

  it('maps severities to SARIF levels and marks accepted risks as suppressed', () => {
    expect(new Set(run.results.map((r) => r['level']))).toEqual(new Set(['error', 'warning', 'note']));
    const suppressed = run.results.filter((r) => r['suppressions']);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!['ruleId']).toBe('ha/rds-multi-az');
  });

  it('finds declaration lines in minified JSON too (all on line 1)', () => {
    const lines = declarationLines('{"nodes":[{"id":"a"},{"id":"b\\"c"}]}');
    expect(lines.get('a')).toBe(1);
    expect(lines.get('b"c')).toBe(1);
  });
});
