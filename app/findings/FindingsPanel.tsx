/**
 * Every finding, grouped by severity with counts, filterable by severity and
 * rule family; clicking one selects and centres its target. A group lists its
 * first FIRST_SHOWN findings, whether collapsed or not, and a button under
 * them shows more: the 1,000-node fixture has 1,308 findings, some 20,000
 * elements, and building them all as the design opened took about 1.2 s of
 * the main thread over the first two seconds (in slices, but with the
 * garbage collector pausing 15-35 ms at a time: a drag started then dropped
 * frames). Nobody reads a thousand findings in a row; the filters and the
 * counts are how a long list is narrowed.
 *
 * The list follows the findings as a deferred value: on a large design React
 * builds it in small slices between frames, so opening the design or editing
 * it never waits for the list. The counts in the header are not deferred.
 */
import { useReactFlow } from '@xyflow/react';
import { startTransition, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { RULES } from '../../src/rules/registry';
import { SEVERITIES, type Finding, type Severity } from '../../src/rules/types';
import { setFamily, toggleSeverity, usePanel } from '../store/panelStore';
import { openDialog } from '../store/uiStore';
import { useFindings } from './findingsStore';
import { FindingItem } from './FindingItem';
import { focusTarget } from './focusTarget';
import { SeverityIcon } from './SeverityIcon';
import { AcceptedRisks } from './AcceptedRisks';

const FAMILIES = [...new Set(RULES.map((r) => r.id.split('/')[0]!))];
const TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const PLURALS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'info findings' };
/** Findings a group lists before its "Show more" button, and how many more each press shows. */
const FIRST_SHOWN = 50;
const MORE = 200;
const ALL_FIRST: Readonly<Record<Severity, number>> = { error: FIRST_SHOWN, warning: FIRST_SHOWN, info: FIRST_SHOWN };

export function FindingsPanel() {
  const findings = useDeferredValue(useFindings((s) => s.findings));
  const summary = useFindings((s) => s.summary);
  const severities = usePanel((s) => s.severities);
  const family = usePanel((s) => s.family);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Severity>>(new Set());
  const [shown, setShown] = useState<Readonly<Record<Severity, number>>>(ALL_FIRST);
  // A transition, so a press that adds hundreds of findings is built in slices like the rest of the list.
  const showMore = (s: Severity) => startTransition(() => setShown((n) => ({ ...n, [s]: n[s] + MORE })));
  const flow = useReactFlow();
  const select = useCallback((f: Finding) => focusTarget(flow, f.target), [flow]);
  const groups = useMemo(() => {
    const out: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
    for (const f of findings) {
      if (!severities.has(f.severity)) continue;
      if (family !== undefined && !f.rule.startsWith(`${family}/`)) continue;
      out[f.severity].push(f);
    }
    return out;
  }, [findings, severities, family]);

  return (
    <section data-testid="findings-panel" aria-label="Findings" className="flex h-full min-h-0 flex-col">
      <header className="border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <div className="flex items-center gap-3 text-[12px]" data-testid="findings-summary">
          <span className="flex items-center gap-1" title="Errors">
            <SeverityIcon severity="error" /> {summary.error}
          </span>
          <span className="flex items-center gap-1" title="Warnings">
            <SeverityIcon severity="warning" /> {summary.warning}
          </span>
          <span className="flex items-center gap-1" title="Info">
            <SeverityIcon severity="info" /> {summary.info}
          </span>
          <span className="text-slate-500 dark:text-slate-400" title="Accepted risks">
            {summary.suppressed} accepted
          </span>
          <button type="button" className="ml-auto rounded px-1.5 py-0.5 text-[11px] text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800" onClick={() => openDialog({ kind: 'rules' })}>
            All rules
          </button>
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-1" role="group" aria-label="Filter findings">
          {SEVERITIES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={severities.has(s)}
              className={`rounded-full border px-2 py-0.5 text-[11px] ${severities.has(s) ? 'border-slate-400 bg-slate-100 dark:border-slate-500 dark:bg-slate-800' : 'border-slate-200 text-slate-400 dark:border-slate-700'}`}
              onClick={() => toggleSeverity(s)}
            >
              {TITLES[s]}
            </button>
          ))}
          <select
            aria-label="Rule family"
            className="ml-auto rounded border border-slate-300 bg-white px-1 py-0.5 text-[11px] dark:border-slate-600 dark:bg-slate-800"
            value={family ?? ''}
            onChange={(e) => setFamily(e.target.value === '' ? undefined : e.target.value)}
          >
            <option value="">All families</option>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {f}/
              </option>
            ))}
          </select>
        </div>
      </header>
      <div className="min-h-0 flex-1 overflow-auto px-1 py-2">
        {findings.length === 0 ? (
          <p className="px-3 py-6 text-center text-[13px] text-slate-600 dark:text-slate-300" data-testid="findings-empty">
            ✓ The design passes all {RULES.length} checks.
          </p>
        ) : null}
        {SEVERITIES.map((s) =>
          groups[s].length === 0 ? null : (
            <div key={s} className="mb-2">
              <button
                type="button"
                aria-expanded={!collapsed.has(s)}
                className="flex w-full items-center gap-2 px-2 py-1 text-left text-[12px] font-semibold text-slate-700 dark:text-slate-200"
                onClick={() => setCollapsed((c) => toggle(c, s))}
              >
                <span aria-hidden="true">{collapsed.has(s) ? '▸' : '▾'}</span>
                <SeverityIcon severity={s} /> {TITLES[s]} ({groups[s].length})
              </button>
              <ul hidden={collapsed.has(s)}>
                {groups[s].slice(0, shown[s]).map((f) => (
                  <FindingItem key={`${f.rule}|${f.target.kind === 'diagram' ? '' : f.target.id}`} finding={f} onSelect={select} />
                ))}
              </ul>
              {groups[s].length > shown[s] && !collapsed.has(s) ? (
                // The group's own control, under a rule and in line with the findings' text, not one more action of the last finding.
                <div className="mx-2 mt-1 border-t border-slate-200 pl-4 pt-1 dark:border-slate-800">
                  <button
                    type="button"
                    data-testid="findings-more"
                    className="rounded px-1.5 py-0.5 text-[12px] font-medium text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800"
                    onClick={() => showMore(s)}
                  >
                    Show {Math.min(MORE, groups[s].length - shown[s])} more {PLURALS[s]} ({groups[s].length - shown[s]} not shown)
                  </button>
                </div>
              ) : null}
            </div>
          ),
        )}
        <AcceptedRisks />
      </div>
    </section>
  );
}

function toggle<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
