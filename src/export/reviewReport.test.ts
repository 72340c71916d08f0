import { describe, expect, it } from 'vitest';
import type { Diagram } from '../model/types';
import { ruleById } from '../rules/registry';
import { validate } from '../rules/validate';
import { node, withItems } from '../testing/build';
import { referenceDesign } from '../testing/referenceDesign';
import { code, md, reviewReport } from './reviewReport';

const NOW = new Date('2026-11-28T12:00:00Z');
const HOSTILE = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) | `tick` **bold** ![i](http://x/y.png)';

function design(): Diagram {
  const base = withItems(
    referenceDesign(),
    node('db', 'rds', { parent: 'private-a', label: HOSTILE, props: { multiAz: false, publiclyAccessible: true, maintenanceWindow: 'sun:03:00-sun:03:30' } }),
  );
  return {
    ...base,
    title: 'Payments <b>prod</b> | v2',
    suppressions: [
      { rule: 'ha/rds-multi-az', target: 'db', reason: 'dev | database <script>', expires: '2027-01-31' },
      { rule: 'net/bastion-ssh-only', target: 'bastion', reason: 'old exception', expires: '2026-01-01' },
    ],
  };
}

describe('reviewReport', () => {
  const diagram = design();
  const { findings } = validate(diagram, { now: NOW });
  const report = reviewReport(diagram, findings, { now: NOW, image: 'Payments prod - v2.png' });
  const lines = report.split('\n');

  it('starts with the escaped title, the date and the image beside it', () => {
    expect(lines[0]).toBe('# Security review: Payments \\<b\\>prod\\</b\\> \\| v2');
    expect(report).toContain('on 2026-11-28 against 58 documented AWS security controls');
    expect(report).toContain('![Diagram: Payments \\<b\\>prod\\</b\\> \\| v2](<Payments prod - v2.png>)');
  });

  it('summarises open and accepted findings per severity in a table', () => {
    const open = (s: string) => findings.filter((f) => !f.suppressed && f.severity === s).length;
    const accepted = (s: string) => findings.filter((f) => f.suppressed && f.severity === s).length;
    expect(report).toContain('| Severity | Open | Accepted risk |');
    expect(report).toContain(`| ● Error | ${open('error')} | ${accepted('error')} |`);
    expect(report).toContain(`| ▲ Warning | ${open('warning')} | ${accepted('warning')} |`);
    expect(report).toContain(`| ℹ Info | ${open('info')} | ${accepted('info')} |`);
    expect(accepted('warning')).toBe(1);
    expect(open('error')).toBeGreaterThan(0);
  });

  it('lists each open finding with target, rule, message, section, quote and fix', () => {
    const open = findings.filter((f) => !f.suppressed);
    const headings = lines.filter((l) => /^### \d+\. /.test(l));
    expect(headings).toHaveLength(open.length);
    for (const f of open) {
      const rule = ruleById(f.rule)!;
      expect(report).toContain(`- **Rule:** ${code(f.rule)}`);
      expect(report).toContain(`- **Finding:** ${md(f.message)}`);
      expect(report).toContain(`- **Section:** ${md(f.source)}`);
      expect(report).toContain(md(rule.basis.kind === 'document' ? rule.basis.quote : rule.basis.text));
      expect(report).toContain(`**Fix:** ${md(rule.fix)}`);
    }
    const dbFinding = open.find((f) => f.target.kind === 'node' && f.target.id === 'db')!;
    expect(dbFinding).toBeDefined();
    expect(report).toContain(`- **Target:** ${md(HOSTILE)}, RDS database (node \`db\`)`);
  });

  it('lists the accepted risks with reasons and expiries and flags the expired one', () => {
    const rows = lines.filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('dev \\| database \\<script\\>');
    expect(rows[0]).toContain('| 2027-01-31 |');
    expect(rows[0]).toMatch(/\| Active \|$/);
    expect(rows[1]).toContain('**Expired**');
    // Every table row has exactly the header's number of unescaped pipes.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
  });

  it('lets no label become HTML, a link, an image or code', () => {
    const withoutOurs = report.replace('![Diagram:', '');
    expect(withoutOurs).not.toMatch(/(?<!\\)<(?:img|script|b)\b/);
    expect(withoutOurs).not.toMatch(/(?<!\\)\]\((?!<Payments)/);
    expect(withoutOurs).not.toMatch(/(?<!\\)!\[/);
    expect(report).not.toMatch(/(?<![\\`])`tick/);
  });

  it('says so when there is nothing to report', () => {
    const empty: Diagram = { format: 'ramparts-diagram', version: 1, nodes: [], edges: [] };
    const text = reviewReport(empty, [], { now: NOW });
    expect(text).toContain('# Security review: Untitled diagram');
    expect(text).toContain('No open findings');
    expect(text).toContain('## Accepted risks\n\nNone.');
    expect(text).not.toContain('![');
  });
});

describe('md and code', () => {
  it('escapes every Markdown-significant character and flattens line breaks', () => {
    expect(md('a*b_c[d](e)<f>&g|h`i\\j#k')).toBe('a\\*b\\_c\\[d\\](e)\\<f\\>\\&g\\|h\\`i\\\\j\\#k');
    expect(md('see https://evil.example and www.evil.example or me@evil.example, $x$')).toBe('see https\\://evil.example and www\\.evil.example or me\\@evil.example, \\$x\\$');
    expect(md('line\n# heading')).toBe('line \\# heading');
  });
  it('fences code spans longer than any backtick run inside', () => {
    expect(code('id')).toBe('`id`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('a|b', true)).toBe('`a\\|b`');
  });
});
