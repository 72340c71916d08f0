/**
 * validate(diagram, { now }): run every rule over one shared graph index
 * (all at once, or a rule at a time with startValidation),
 * apply suppressions (expiry judged against `now`), and sort findings by
 * severity, then rule, then target id, so the same diagram always prints the
 * same output.
 */
import { GraphIndex } from '../model/graphIndex';
import type { Diagram, Suppression } from '../model/types';
import { RULES } from './registry';
import { SEVERITIES, targetId, type Finding, type FindingSummary, type Rule, type RuleHit, type ValidationResult } from './types';
import { suppressionActive } from './suppression';

export interface ValidateOptions {
  /** When suppressions are judged; defaults to the current time. */
  readonly now?: Date;
  /** The rules to run; defaults to all 58. */
  readonly rules?: readonly Rule[];
}

/** What a validation, in one go or a rule at a time, works from: the options resolved, the index and the suppressions. */
function setUp(diagram: Diagram, options: ValidateOptions) {
  return {
    now: options.now ?? new Date(),
    rules: options.rules ?? RULES,
    index: new GraphIndex(diagram),
    suppressions: indexSuppressions(diagram.suppressions ?? []),
  };
}

/**
 * All rules in one loop. Not startValidation stepped to the end, which reads
 * as the same code: its state lives in closures, and stepped that way,
 * validating 5,000 nodes took twice as long (npm run bench, interleaved:
 * 42-48 ms against 21-26).
 */
export function validate(diagram: Diagram, options: ValidateOptions = {}): ValidationResult {
  const { now, rules, index, suppressions } = setUp(diagram, options);
  const perRule: Finding[][] = [];
  let reported: RuleHit[] = [];
  const report = (hit: RuleHit): void => {
    reported.push(hit);
  };
  // Index loops here and in the rules: a validation runs each loop once, so
  // until the JIT has optimised them (dozens of validations) a for-of loop
  // pays for the iterator protocol, and a result object, on every element.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    reported = [];
    rule.check(index, report);
    perRule.push(findingsOf(rule, byTarget(reported), suppressions, now));
  }
  return resultOf(rules, perRule);
}

/**
 * A validation run a rule at a time, so that the editor can spread a large
 * design's validation over several short tasks (a 1,000-node design's first
 * validation, before the code is optimised, is a task of 40-90 ms in one go).
 */
export interface ValidationRun {
  /** Runs the next rule; true once every rule has run. */
  step(): boolean;
  /** The result, once step() has returned true. */
  result(): ValidationResult;
}

export function startValidation(diagram: Diagram, options: ValidateOptions = {}): ValidationRun {
  const { now, rules, index, suppressions } = setUp(diagram, options);
  const perRule: Finding[][] = [];
  let reported: RuleHit[] = [];
  const report = (hit: RuleHit): void => {
    reported.push(hit);
  };
  return {
    step: () => {
      if (perRule.length < rules.length) {
        const rule = rules[perRule.length]!;
        reported = [];
        rule.check(index, report);
        perRule.push(findingsOf(rule, byTarget(reported), suppressions, now));
      }
      return perRule.length >= rules.length;
    },
    result: () => {
      const left = rules.length - perRule.length;
      if (left > 0) throw new Error(`validation asked for its result with ${left} of ${rules.length} rules still to run`);
      return resultOf(rules, perRule);
    },
  };
}

/**
 * A rule's hits (in target order, see byTarget) as findings, suppressions
 * applied. validate and a validation run collect hits the same way, through
 * one `report` per run: a `report` made afresh for each rule (tried) made
 * validating 5,000 nodes half as slow again (bench: 31 ms, was 21).
 */
function findingsOf(rule: Rule, hits: readonly RuleHit[], suppressions: ReadonlyMap<string, Suppression>, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const id = targetId(hit.target);
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
  return findings;
}

function resultOf(rules: readonly Rule[], perRule: readonly Finding[][]): ValidationResult {
  const findings = concatInOrder(rules, perRule);
  return { findings, summary: summarize(findings) };
}

/**
 * A rule's hits in target id order, at most one per target (controls.md: a
 * rule reports at most one finding per target; the first hit stands, which
 * a stable sort keeps first among equal ids).
 */
function byTarget(hits: RuleHit[]): RuleHit[] {
  let sorted = true;
  for (let i = 1; i < hits.length && sorted; i++) sorted = targetId(hits[i - 1]!.target) < targetId(hits[i]!.target);
  if (sorted) return hits;
  hits.sort((a, b) => compareIds(targetId(a.target), targetId(b.target)));
  let kept = 1;
  for (let i = 1; i < hits.length; i++) if (targetId(hits[i]!.target) !== targetId(hits[kept - 1]!.target)) hits[kept++] = hits[i]!;
  hits.length = Math.min(kept, hits.length);
  return hits;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The findings sorted by severity, rule and target id (compareFindings).
 * Each rule's findings already come in target order, so it is enough to put
 * the rules in (severity, id) order, worked out once per rule list, rather
 * than sorting every finding. Two rules sharing a severity and id (a custom
 * list could) fall back to the full sort.
 */
function concatInOrder(rules: readonly Rule[], perRule: readonly Finding[][]): Finding[] {
  const order = ruleOrder(rules);
  const out: Finding[] = [];
  if (order === undefined) {
    for (const findings of perRule) out.push(...findings);
    return out.sort(compareFindings);
  }
  for (let r = 0; r < order.length; r++) {
    const findings = perRule[order[r]!]!;
    for (let i = 0; i < findings.length; i++) out.push(findings[i]!);
  }
  return out;
}

const orders = new WeakMap<readonly Rule[], readonly number[] | null>();

function ruleOrder(rules: readonly Rule[]): readonly number[] | undefined {
  let order = orders.get(rules);
  if (order === undefined) {
    const rank = (r: Rule) => severityRank.get(r.severity)!;
    const sorted = rules
      .map((_, i) => i)
      .sort((a, b) => rank(rules[a]!) - rank(rules[b]!) || compareIds(rules[a]!.id, rules[b]!.id));
    const tie = sorted.some((r, k) => k > 0 && rules[r]!.id === rules[sorted[k - 1]!]!.id && rank(rules[r]!) === rank(rules[sorted[k - 1]!]!));
    order = tie ? null : sorted;
    orders.set(rules, order);
  }
  return order ?? undefined;
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
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
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
