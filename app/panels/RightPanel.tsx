/** The right-hand panel: the inspector and the findings, as two tabs. Both stay mounted, so switching tabs keeps each one's scroll and state. */
import { FindingsPanel } from '../findings/FindingsPanel';
import { useFindings } from '../findings/findingsStore';
import { showTab, usePanel, type RightTab } from '../store/panelStore';
import { Inspector } from './Inspector';
import { SelectionFindings } from '../findings/SelectionFindings';

function Tab({ id, label, active }: { id: RightTab; label: string; active: boolean }) {
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={active}
      aria-controls={`tabpanel-${id}`}
      className={`flex-1 border-b-2 px-3 py-2 text-[13px] font-medium ${active ? 'border-sky-600 text-slate-900 dark:text-slate-100' : 'border-transparent text-slate-500 dark:text-slate-400 hover:text-slate-800 dark:hover:text-slate-200'}`}
      onClick={() => showTab(id)}
    >
      {label}
    </button>
  );
}

export function RightPanel() {
  const tab = usePanel((s) => s.tab);
  const summary = useFindings((s) => s.summary);
  const count = summary.error + summary.warning + summary.info;
  return (
    <aside className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div role="tablist" aria-label="Side panel" className="flex border-b border-slate-200 dark:border-slate-800">
        <Tab id="properties" label="Properties" active={tab === 'properties'} />
        <Tab id="findings" label={`Findings (${count})`} active={tab === 'findings'} />
      </div>
      <div role="tabpanel" id="tabpanel-properties" aria-labelledby="tab-properties" hidden={tab !== 'properties'} className="min-h-0 flex-1 overflow-auto">
        <SelectionFindings />
        <Inspector />
      </div>
      <div role="tabpanel" id="tabpanel-findings" aria-labelledby="tab-findings" hidden={tab !== 'findings'} className="min-h-0 flex-1">
        <FindingsPanel />
      </div>
    </aside>
  );
}
