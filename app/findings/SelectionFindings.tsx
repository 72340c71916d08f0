/** At the top of the Properties tab: the findings of the selected node or edge, so what is wrong sits next to what to change. */
import { useDeferredValue } from 'react';
import { useEditor } from '../store/editorStore';
import { useFindings } from './findingsStore';
import { FindingItem } from './FindingItem';

export function SelectionFindings() {
  // Deferred with the inspector below it (see Inspector), so the two change together, after the press.
  const selected = useDeferredValue(useEditor((s) => (s.selection.length === 1 ? s.selection[0] : undefined)));
  const group = useFindings((s) => (selected === undefined ? undefined : s.byTarget.get(selected)));
  if (group === undefined) return null;
  return (
    <section aria-label="Findings of the selection" data-testid="selection-findings" className="border-b border-slate-200 px-2 py-2 dark:border-slate-800">
      <h3 className="px-2 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        Findings ({group.findings.length})
      </h3>
      <ul>
        {group.findings.map((f) => (
          <FindingItem key={f.rule} finding={f} />
        ))}
      </ul>
    </section>
  );
}
