/** What a reviewer does with a finding: apply its quick fix, accept the risk, or edit that acceptance. Each is one undo step. */
import { ruleById } from '../../src/rules/registry';
import type { Finding } from '../../src/rules/types';
import type { Suppression } from '../../src/model/types';
import { applyEdit, showHint } from '../store/editorActions';

export function applyQuickFix(finding: Finding): void {
  const fix = ruleById(finding.rule)?.quickFix;
  if (fix === undefined) return;
  const applied = applyEdit((d) => fix.apply(d, finding.target));
  if (applied) showHint(`Fixed: ${fix.label}. Undo with Ctrl+Z.`, 'info');
}

function sameKey(s: Suppression, rule: string, target: string): boolean {
  return s.rule === rule && s.target === target;
}

/** Adds or replaces the suppression of `rule` on `target`. */
export function saveSuppression(rule: string, target: string, reason: string, expires: string | undefined): void {
  applyEdit((d) => {
    const rest = (d.suppressions ?? []).filter((s) => !sameKey(s, rule, target));
    const next: Suppression = { rule, target, reason, ...(expires === undefined || expires === '' ? {} : { expires }) };
    return { ...d, suppressions: [...rest, next] };
  });
}

export function removeSuppression(rule: string, target: string): void {
  applyEdit((d) => {
    const list = d.suppressions ?? [];
    const rest = list.filter((s) => !sameKey(s, rule, target));
    if (rest.length === list.length) return d;
    if (rest.length > 0) return { ...d, suppressions: rest };
    const { suppressions: _gone, ...without } = d;
    return without;
  });
}
