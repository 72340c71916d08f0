/**
 * validate(diagram, { now }): run every rule over one shared graph index,
 * apply suppressions (expiry judged against `now`), and sort findings by
 * severity, then rule, then target id, so the same diagram always prints the
 * same output.
 */
import { GraphIndex } from '../model/graphIndex';
import type { Diagram, Suppression } from '../model/types';
import { RULES } from './registry';
import { SEVERITIES, targetId, type Finding, type FindingSummary, type Rule, type ValidationResult } from './types';
import { suppressionActive } from './suppression';

export interface ValidateOptions {
  /** When suppressions are judged; defaults to the current time. */
  readonly now?: Date;
  /** The rules to run; defaults to all 58. */
  readonly rules?: readonly Rule[];
}

export function validate(diagram: Diagram, options: ValidateOptions = {}): ValidationResult {
  const now = options.now ?? new Date();
  const rules = options.rules ?? RULES;
  const index = new GraphIndex(diagram);
  const suppressions = indexSuppressions(diagram.suppressions ?? []);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const seen = new Set<string>();
    for (const hit of rule.check(index)) {
      const id = targetId(hit.target);
      // controls.md: a rule reports at most one finding per target.
      if (seen.has(id)) continue;
      seen.add(id);
      const suppression = suppressions.size === 0 ? undefined : suppressions.get(`${rule.id}\u0000${id}`);
      const active = suppression !== undefined && suppressionActive(suppression, now);
      const finding: Mutable<Finding> = {
        rule: rule.id,
        severity: rule.severity,
        target: hit.target,
        message: hit.message,
        source: rule.section,
        suppressed: active,
      };
      if (hit.path !== undefined) finding.path = hit.path;
      if (active) finding.reason = suppression.reason;
      findings.push(finding);
    }
  }
  findings.sort(compareFindings);
  return { findings, summary: summarize(findings) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const severityRank = new Map(SEVERITIES.map((s, i) => [s, i]));

export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = severityRank.get(a.severity)! - severityRank.get(b.severity)!;
  if (bySeverity !== 0) return bySeverity;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const ta = targetId(a.target);
  const tb = targetId(b.target);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  let error = 0;
  let warning = 0;
  let info = 0;
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else if (f.severity === 'error') error++;
    else if (f.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info, suppressed };
}

function indexSuppressions(list: readonly Suppression[]): Map<string, Suppression> {
  const map = new Map<string, Suppression>();
  for (const s of list) map.set(`${s.rule}\u0000${s.target}`, s);
  return map;
}
