/**
 * The validator's latest result, indexed by target so each node and edge
 * subscribes to its own findings only (an edit that changes one node's
 * findings re-renders one badge, not a thousand).
 */
import { create } from 'zustand';
import type { Finding, FindingSummary, Severity } from '../../src/rules/types';
import { targetId } from '../../src/rules/types';

export interface TargetFindings {
  readonly findings: readonly Finding[];
  /** Highest severity among the unsuppressed ones; undefined when all are suppressed. */
  readonly severity: Severity | undefined;
  readonly active: number;
}

export interface FindingsState {
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  readonly byTarget: ReadonlyMap<string, TargetFindings>;
  /** performance.now() of the edit whose findings these are, and when they were computed. */
  readonly editedAt: number;
  readonly computedAt: number;
}

export const useFindings = create<FindingsState>()(() => ({
  findings: [],
  summary: { error: 0, warning: 0, info: 0, suppressed: 0 },
  byTarget: new Map(),
  editedAt: 0,
  computedAt: 0,
}));

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups findings by target, reusing the previous group objects when a target's findings did not change. */
export function groupByTarget(findings: readonly Finding[], previous: ReadonlyMap<string, TargetFindings>): Map<string, TargetFindings> {
  const lists = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.target.kind === 'diagram') continue;
    const id = targetId(f.target);
    const list = lists.get(id);
    if (list === undefined) lists.set(id, [f]);
    else list.push(f);
  }
  const out = new Map<string, TargetFindings>();
  for (const [id, list] of lists) {
    list.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.rule < b.rule ? -1 : 1));
    const old = previous.get(id);
    if (old !== undefined && sameFindings(old.findings, list)) {
      out.set(id, old);
      continue;
    }
    let severity: Severity | undefined;
    let active = 0;
    for (const f of list) {
      if (f.suppressed) continue;
      active++;
      if (severity === undefined || RANK[f.severity] < RANK[severity]) severity = f.severity;
    }
    out.set(id, { findings: list, severity, active });
  }
  return out;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.rule !== y.rule || x.message !== y.message || x.suppressed !== y.suppressed || x.reason !== y.reason) return false;
  }
  return true;
}
