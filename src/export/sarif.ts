/**
 * SARIF 2.1.0 for GitHub code scanning: one reportingDescriptor per rule (its
 * section, quote and fix as help) and one result per unsuppressed or
 * suppressed finding, located at the line of the file where its target's id
 * is declared. Suppressed findings carry SARIF's own `suppressions` so code
 * scanning shows them as dismissed with the reason.
 */
import type { Finding, Rule, ValidationResult } from '../rules/types';
import { targetId } from '../rules/types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  /** The file as given on the command line, used as artifact URI. */
  readonly uri: string;
  /** The file's text, to find the line each target is declared on. */
  readonly text: string;
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
}

export function ruleHelpMarkdown(rule: Rule): string {
  const basis =
    rule.basis.kind === 'document'
      ? `> ${rule.basis.quote}\n\n— AWS security processes, ${rule.section}`
      : `Common practice (${rule.basis.reference}): ${rule.basis.text}`;
  return `**When it fires:** ${rule.description}\n\n${basis}\n\n**Fix:** ${rule.fix}`;
}

function ruleHelpText(rule: Rule): string {
  const basis = rule.basis.kind === 'document' ? `"${rule.basis.quote}" (${rule.section})` : `${rule.basis.reference}: ${rule.basis.text}`;
  return `${rule.description} ${basis} Fix: ${rule.fix}`;
}

export function toSarif(result: ValidationResult, options: SarifOptions): object {
  const lines = declarationLines(options.text);
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Ramparts',
            version: options.toolVersion,
            rules: options.rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/[/-](.)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.description },
              help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: {
                section: rule.section,
                tags: ['security', rule.id.split('/')[0]],
                ...(rule.basis.kind === 'document' ? { quote: rule.basis.quote } : { reference: rule.basis.reference }),
              },
            })),
          },
        },
        artifacts: [{ location: { uri: options.uri } }],
        results: result.findings.map((f) => toResult(f, options.uri, lines, ruleIndex)),
      },
    ],
  };
}

function toResult(f: Finding, uri: string, lines: ReadonlyMap<string, number>, ruleIndex: ReadonlyMap<string, number>): object {
  const id = targetId(f.target);
  return {
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index: 0 },
          region: { startLine: lines.get(id) ?? 1 },
        },
        logicalLocations: [{ name: id, kind: f.target.kind === 'edge' ? 'edge' : 'node', fullyQualifiedName: `${f.target.kind}/${id}` }],
      },
    ],
    partialFingerprints: { rampartsTarget: `${f.rule}:${f.target.kind}:${id}` },
    ...(f.path ? { properties: { path: f.path } } : {}),
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.reason ?? '' }] } : {}),
  };
}

/** The 1-based line on which each `"id": "..."` is declared (first declaration wins). */
export function declarationLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    let id: string;
    try {
      id = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
    if (!out.has(id)) out.set(id, line);
  }
  return out;
}
