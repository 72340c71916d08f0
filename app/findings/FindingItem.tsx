/** One finding: severity, rule, message, section, and what can be done about it. */
import { memo } from 'react';
import { ruleById } from '../../src/rules/registry';
import type { Finding } from '../../src/rules/types';
import { useEditor } from '../store/editorStore';
import { openDialog } from '../store/uiStore';
import { applyQuickFix, removeSuppression } from './findingActions';
import { SeverityIcon } from './SeverityIcon';
import { unbrokenNumbers } from './unbrokenNumbers';

interface Props {
  readonly finding: Finding;
  /** Takes the finding, so the list can pass one stable callback and memoised items skip re-rendering. */
  readonly onSelect?: (finding: Finding) => void;
}

export const FindingItem = memo(function FindingItem({ finding, onSelect }: Props) {
  const readOnly = useEditor((s) => s.readOnly);
  const rule = ruleById(finding.rule);
  const targetId = finding.target.kind === 'diagram' ? '' : finding.target.id;
  const link = 'rounded px-1.5 py-0.5 text-[11px] font-medium text-sky-700 hover:bg-sky-50 disabled:opacity-40 dark:text-sky-300 dark:hover:bg-slate-800';
  return (
    <li
      className={`rounded px-2 py-1.5 ${finding.suppressed ? 'opacity-70' : ''} ${onSelect ? 'cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800/60' : ''}`}
      data-testid="finding"
      data-rule={finding.rule}
      data-target={targetId}
      data-severity={finding.severity}
      data-suppressed={finding.suppressed ? 'true' : 'false'}
      onClick={onSelect === undefined ? undefined : () => onSelect(finding)}
    >
      <div className="flex items-start gap-2">
        <span className="mt-0.5">
          <SeverityIcon severity={finding.severity} suppressed={finding.suppressed} />
        </span>
        <div className="min-w-0 flex-1">
          <div className={`text-[12px] leading-snug text-slate-800 dark:text-slate-100 ${finding.suppressed ? 'line-through decoration-slate-400' : ''}`}>{unbrokenNumbers(finding.message)}</div>
          <div className="mt-0.5 text-[11px] text-slate-500 dark:text-slate-400">
            <span className="font-mono">{finding.rule}</span> · {finding.source}
          </div>
          {finding.suppressed ? (
            <div className="mt-0.5 text-[11px] italic text-slate-600 dark:text-slate-300">Accepted risk: {finding.reason}</div>
          ) : null}
          <div className="mt-1 flex flex-wrap gap-1" onClick={(e) => e.stopPropagation()}>
            {rule?.quickFix !== undefined && !finding.suppressed ? (
              <button type="button" className={link} disabled={readOnly} title={rule.quickFix.label} onClick={() => applyQuickFix(finding)}>
                Fix: {rule.quickFix.label}
              </button>
            ) : null}
            {finding.suppressed ? (
              <>
                <button type="button" className={link} disabled={readOnly} onClick={() => openDialog({ kind: 'suppress', rule: finding.rule, target: targetId })}>
                  Edit acceptance
                </button>
                <button type="button" className={link} disabled={readOnly} onClick={() => removeSuppression(finding.rule, targetId)}>
                  Remove acceptance
                </button>
              </>
            ) : (
              <button type="button" className={link} disabled={readOnly} onClick={() => openDialog({ kind: 'suppress', rule: finding.rule, target: targetId })}>
                Accept risk…
              </button>
            )}
            <button type="button" className={link} onClick={() => openDialog({ kind: 'rules', ruleId: finding.rule })}>
              Rule reference
            </button>
          </div>
        </div>
      </div>
    </li>
  );
});
