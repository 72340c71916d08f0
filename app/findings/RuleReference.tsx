/**
 * The rule reference: every rule with what it checks, the passage of the
 * security document it rests on (or the common practice), and how to fix
 * the design. Opened from a finding (scrolled to its rule) or from the panel.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { RULES } from '../../src/rules/registry';
import type { Rule } from '../../src/rules/types';
import { Modal } from './Modal';
import { SeverityIcon } from './SeverityIcon';

function RuleEntry({ rule, highlighted }: { rule: Rule; highlighted: boolean }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'start' });
  }, [highlighted]);
  return (
    <article ref={ref} data-testid="rule-entry" data-rule={rule.id} className={`rounded-md border p-3 ${highlighted ? 'border-sky-400 bg-sky-50/60 dark:bg-sky-950/40' : 'border-slate-200 dark:border-slate-700'}`}>
      <header className="flex items-center gap-2">
        <SeverityIcon severity={rule.severity} />
        <h3 className="font-mono text-[13px] font-semibold">{rule.id}</h3>
        <span className="text-[12px] text-slate-500 dark:text-slate-400">{rule.severity}</span>
      </header>
      <p className="mt-1 text-[13px] font-medium">{rule.title}</p>
      <p className="mt-1 text-[12px] text-slate-700 dark:text-slate-300">
        <span className="font-semibold">Checks: </span>
        {rule.description}
      </p>
      {rule.basis.kind === 'document' ? (
        <figure className="mt-2">
          <blockquote className="border-l-2 border-slate-300 pl-3 text-[12px] italic text-slate-700 dark:border-slate-600 dark:text-slate-300">{rule.basis.quote}</blockquote>
          <figcaption className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">AWS security processes · {rule.section}</figcaption>
        </figure>
      ) : (
        <figure className="mt-2">
          <blockquote className="border-l-2 border-slate-300 pl-3 text-[12px] text-slate-700 dark:border-slate-600 dark:text-slate-300">{rule.basis.text}</blockquote>
          <figcaption className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">Common practice · {rule.basis.reference}</figcaption>
        </figure>
      )}
      <p className="mt-2 text-[12px] text-slate-700 dark:text-slate-300">
        <span className="font-semibold">Fix: </span>
        {rule.fix}
      </p>
      {rule.quickFix !== undefined ? <p className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">Quick fix in the editor: {rule.quickFix.label}</p> : null}
    </article>
  );
}

export function RuleReference({ ruleId }: { ruleId?: string | undefined }) {
  const [query, setQuery] = useState('');
  const rules = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q === '') return RULES;
    return RULES.filter((r) => `${r.id} ${r.title} ${r.description} ${r.section}`.toLowerCase().includes(q));
  }, [query]);
  return (
    <Modal title="Rule reference" width="max-w-3xl" testId="rule-reference">
      <p className="mb-3 text-[12px] text-slate-600 dark:text-slate-300">
        {RULES.length} rules, each resting on a passage of the AWS security processes document or on common practice (CIS AWS Foundations Benchmark).
      </p>
      <input
        type="search"
        aria-label="Search rules"
        placeholder="Search rules"
        className="mb-3 w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-[13px] dark:border-slate-600 dark:bg-slate-800"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="space-y-3">
        {rules.map((r) => (
          <RuleEntry key={r.id} rule={r} highlighted={r.id === ruleId && query === ''} />
        ))}
        {rules.length === 0 ? <p className="text-[13px] text-slate-500 dark:text-slate-400">No rule matches “{query}”.</p> : null}
      </div>
    </Modal>
  );
}
