/** The toolbar's summary of findings; clicking it opens the findings panel. */
import { showTab } from '../store/panelStore';
import { useFindings } from './findingsStore';
import { SeverityIcon } from './SeverityIcon';

export function FindingsChip() {
  const s = useFindings((x) => x.summary);
  const clean = s.error + s.warning === 0;
  return (
    <button
      type="button"
      data-testid="findings-chip"
      title="Show findings"
      aria-label={`Findings: ${s.error} errors, ${s.warning} warnings, ${s.info} info`}
      onClick={() => showTab('findings')}
      className={`inline-flex h-8 items-center gap-2 rounded-full border px-3 text-[12px] ${clean ? 'border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <span className="flex items-center gap-1">
        <SeverityIcon severity="error" /> <span data-testid="error-count">{s.error}</span>
      </span>
      <span className="flex items-center gap-1">
        <SeverityIcon severity="warning" /> {s.warning}
      </span>
      <span className="flex items-center gap-1">
        <SeverityIcon severity="info" /> {s.info}
      </span>
    </button>
  );
}
