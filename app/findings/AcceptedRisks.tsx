/** The diagram's accepted risks, editable and removable; expired ones are flagged. */
import { useEditor } from '../store/editorStore';
import { openDialog } from '../store/uiStore';
import { suppressionExpired } from '../../src/rules/suppression';
import { removeSuppression } from './findingActions';

export function AcceptedRisks() {
  const suppressions = useEditor((s) => s.diagram.suppressions);
  const readOnly = useEditor((s) => s.readOnly);
  if (suppressions === undefined || suppressions.length === 0) return null;
  const now = new Date();
  return (
    <div className="mt-3 border-t border-slate-200 px-2 pt-2 dark:border-slate-800" data-testid="accepted-risks">
      <h3 className="mb-1 text-[12px] font-semibold text-slate-700 dark:text-slate-200">Accepted risks ({suppressions.length})</h3>
      <ul className="space-y-1">
        {suppressions.map((s) => {
          const expired = suppressionExpired(s, now);
          return (
            <li key={`${s.rule}|${s.target}`} className="rounded px-2 py-1 text-[12px]" data-testid="suppression" data-rule={s.rule} data-target={s.target} data-expired={expired ? 'true' : 'false'}>
              <div className="font-mono text-[11px]">
                {s.rule} · {s.target}
              </div>
              <div className="text-slate-700 dark:text-slate-300">{s.reason}</div>
              <div className={`text-[11px] ${expired ? 'font-semibold text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}>
                {s.expires === undefined ? 'No expiry' : expired ? `Expired ${s.expires}: the finding counts again` : `Until ${s.expires}`}
              </div>
              <div className="mt-0.5 flex gap-1">
                <button type="button" disabled={readOnly} className="rounded px-1.5 py-0.5 text-[11px] text-sky-700 hover:bg-sky-50 disabled:opacity-40 dark:text-sky-300" onClick={() => openDialog({ kind: 'suppress', rule: s.rule, target: s.target })}>
                  Edit
                </button>
                <button type="button" disabled={readOnly} className="rounded px-1.5 py-0.5 text-[11px] text-sky-700 hover:bg-sky-50 disabled:opacity-40 dark:text-sky-300" onClick={() => removeSuppression(s.rule, s.target)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
