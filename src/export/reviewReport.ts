/**
 * The review report: Markdown to paste into a design document, with the
 * exported PNG beside it. Title, a summary table per severity, each open
 * finding with its target, rule, message, document section and the passage
 * it rests on, then the accepted risks with their reasons and expiries
 * (expired ones flagged). Everything that comes from the diagram (labels,
 * ids, titles, reasons, messages that quote labels) is escaped, so a label
 * cannot become a link, an image, HTML or a broken table in the rendered doc.
 */
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import { GraphIndex } from '../model/graphIndex';
import type { Diagram, Suppression } from '../model/types';
import { RULES, ruleById } from '../rules/registry';
import { suppressionExpired } from '../rules/suppression';
import { SEVERITIES, targetId, type Finding, type Severity } from '../rules/types';

export interface ReviewReportOptions {
  /** When the review is made: dates the report and judges expiries. */
  readonly now: Date;
  /** File name of the PNG placed beside the report; no image line when absent. */
  readonly image?: string;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '● Error', warning: '▲ Warning', info: 'ℹ Info' };

export function reviewReport(diagram: Diagram, findings: readonly Finding[], options: ReviewReportOptions): string {
  const index = new GraphIndex(diagram);
  const title = diagram.title ?? 'Untitled diagram';
  const day = options.now.toISOString().slice(0, 10);
  const open = findings.filter((f) => !f.suppressed);
  const accepted = findings.filter((f) => f.suppressed);
  const out: string[] = [];

  out.push(`# Security review: ${md(title)}`, '');
  out.push(`Checked by Ramparts on ${day} against ${RULES.length} documented AWS security controls. ${diagram.nodes.length} ${plural(diagram.nodes.length, 'resource')}, ${diagram.edges.length} ${plural(diagram.edges.length, 'connection')}.`, '');
  if (options.image !== undefined) out.push(`![Diagram: ${md(title)}](<${options.image.replace(/[<>\n]/g, '')}>)`, '');

  out.push('## Summary', '');
  out.push('| Severity | Open | Accepted risk |', '| --- | ---: | ---: |');
  for (const s of SEVERITIES) {
    out.push(`| ${SEVERITY_LABEL[s]} | ${open.filter((f) => f.severity === s).length} | ${accepted.filter((f) => f.severity === s).length} |`);
  }
  out.push(`| **Total** | **${open.length}** | **${accepted.length}** |`, '');

  out.push('## Findings', '');
  if (open.length === 0) out.push(`No open findings: the design passes every check${accepted.length > 0 ? ' apart from the accepted risks below' : ''}.`, '');
  open.forEach((f, i) => {
    const rule = ruleById(f.rule);
    out.push(`### ${i + 1}. ${SEVERITY_LABEL[f.severity]}: ${md(rule?.title ?? f.rule)}`, '');
    out.push(`- **Target:** ${describeTarget(index, f)}`);
    out.push(`- **Rule:** ${code(f.rule)}`);
    out.push(`- **Finding:** ${md(f.message)}`);
    out.push(`- **Section:** ${md(f.source)}`);
    if (rule !== undefined) {
      if (rule.basis.kind === 'document') out.push('', `> ${md(rule.basis.quote)}`);
      else out.push('', `> ${md(rule.basis.text)} (${md(rule.basis.reference)})`);
      out.push('', `**Fix:** ${md(rule.fix)}`);
    }
    out.push('');
  });

  out.push('## Accepted risks', '');
  const suppressions = diagram.suppressions ?? [];
  if (suppressions.length === 0) {
    out.push('None.', '');
  } else {
    out.push('| Rule | Target | Reason | Expires | Status |', '| --- | --- | --- | --- | --- |');
    for (const s of suppressions) out.push(suppressionRow(index, s, findings, options.now));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function suppressionRow(index: GraphIndex, s: Suppression, findings: readonly Finding[], now: Date): string {
  const rule = ruleById(s.rule);
  const ruleCell = `${code(s.rule, true)}${rule === undefined ? '' : ` ${cell(rule.title)}`}`;
  const target = cell(targetName(index, s.target));
  const matched = findings.some((f) => f.rule === s.rule && targetId(f.target) === s.target);
  let status: string;
  if (s.expires !== undefined && suppressionExpired(s, now)) status = matched ? '**Expired**: the finding is open again' : '**Expired**';
  else if (!matched) status = 'Active (no current finding)';
  else status = 'Active';
  return `| ${ruleCell} | ${target} (${code(s.target, true)}) | ${cell(s.reason)} | ${s.expires === undefined ? 'never' : cell(s.expires)} | ${status} |`;
}

function describeTarget(index: GraphIndex, f: Finding): string {
  if (f.target.kind === 'diagram') return 'the whole diagram';
  return `${md(targetName(index, f.target.id))} (${f.target.kind} ${code(f.target.id)})`;
}

function targetName(index: GraphIndex, id: string): string {
  const node = index.node(id);
  if (node !== undefined) return `${index.name(node)}, ${NODE_CATALOG[node.type].displayName}`;
  const edge = index.edge(id);
  if (edge !== undefined) return index.describeEdge(edge);
  return id === '' ? 'the whole diagram' : id;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/**
 * Inline Markdown text. Backslash-escapes (CommonMark allows them before any
 * ASCII punctuation) the characters that can open emphasis, code, a link or
 * image, HTML, an entity, a table cell, strikethrough or math, and breaks
 * GFM's bare-URL and e-mail autolinks (`://`, `www.`, `@`); line breaks
 * become spaces so text cannot start a new block. Other punctuation is left
 * alone so the raw Markdown stays readable.
 */
export function md(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]<>#!|~&@$]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Text for a table cell: as `md`, which already escapes the pipe. */
function cell(text: string): string {
  return md(text);
}

/**
 * A code span that holds any text: the fence is one backtick longer than the
 * longest run inside. In a table cell, pipes are escaped too (GFM reads `\|`
 * inside a code span in a table as a pipe).
 */
export function code(text: string, inTable = false): string {
  const flat = text.replace(/[\r\n\u0000-\u001f\u007f]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
