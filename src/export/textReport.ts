/** The terminal report of `validate --format text`: findings grouped by target, then a summary line. */
import { GraphIndex } from '../model/graphIndex';
import type { Diagram } from '../model/types';
import type { Finding, ValidationResult } from '../rules/types';
import { targetId } from '../rules/types';

export interface TextOptions {
  readonly color?: boolean;
  readonly file?: string;
}

const SEVERITY_MARK = { error: '✖ error  ', warning: '▲ warning', info: 'ℹ info   ' } as const;
const SEVERITY_COLOR = { error: 31, warning: 33, info: 34 } as const;

export function textReport(diagram: Diagram, result: ValidationResult, options: TextOptions = {}): string {
  const index = new GraphIndex(diagram);
  const paint = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.target.kind}:${targetId(f.target)}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const lines: string[] = [];
  if (options.file !== undefined) lines.push(paint(1, options.file), '');
  for (const findings of groups.values()) {
    const target = findings[0]!.target;
    lines.push(paint(1, describeTarget(index, target)));
    for (const f of findings) {
      const mark = f.suppressed ? paint(90, `  suppressed`) : paint(SEVERITY_COLOR[f.severity], SEVERITY_MARK[f.severity]);
      lines.push(`  ${mark}  ${f.rule}`);
      lines.push(`      ${f.message}`);
      lines.push(paint(90, `      ${f.source}${f.path ? ` · path: ${f.path.join(' → ')}` : ''}`));
      if (f.suppressed) lines.push(paint(90, `      accepted risk: ${f.reason ?? ''}`));
    }
    lines.push('');
  }
  const s = result.summary;
  if (result.findings.length === 0) lines.push('No findings: the design passes all 58 checks.');
  lines.push(`${s.error} ${plural(s.error, 'error')}, ${s.warning} ${plural(s.warning, 'warning')}, ${s.info} info, ${s.suppressed} suppressed`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function describeTarget(index: GraphIndex, target: Finding['target']): string {
  if (target.kind === 'diagram') return 'Diagram';
  if (target.kind === 'node') {
    const node = index.node(target.id);
    return node ? `${index.name(node)} (${node.type} "${node.id}")` : `node "${target.id}"`;
  }
  const edge = index.edge(target.id);
  return edge ? `${index.describeEdge(edge)} (edge "${edge.id}")` : `edge "${target.id}"`;
}
