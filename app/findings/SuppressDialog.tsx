/**
 * Accepting a risk: a reason is required, an expiry date optional. Saved in
 * the diagram as a suppression, so reviewers see it and the CLI honours it.
 */
import { useState } from 'react';
import { ruleById } from '../../src/rules/registry';
import { MAX_NOTES } from '../../src/format/limits';
import { isValidDate } from '../../src/format/readSuppression';
import { useEditor } from '../store/editorStore';
import { closeDialog } from '../store/uiStore';
import { removeSuppression, saveSuppression } from './findingActions';
import { Modal } from './Modal';

export function SuppressDialog({ rule, target }: { rule: string; target: string }) {
  const existing = useEditor((s) => s.diagram.suppressions?.find((x) => x.rule === rule && x.target === target));
  const targetName = useEditor((s) => {
    const n = s.diagram.nodes.find((x) => x.id === target);
    return n?.label ?? n?.id ?? s.diagram.edges.find((e) => e.id === target)?.id ?? target;
  });
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [expires, setExpires] = useState(existing?.expires ?? '');
  const [touched, setTouched] = useState(false);
  const reasonError = reason.trim() === '' ? 'A reason is required: why is this risk accepted?' : undefined;
  const dateError = expires !== '' && !isValidDate(expires) ? 'Use a date YYYY-MM-DD.' : undefined;
  const title = ruleById(rule)?.title ?? rule;
  const submit = () => {
    setTouched(true);
    if (reasonError !== undefined || dateError !== undefined) return;
    saveSuppression(rule, target, reason.trim(), expires === '' ? undefined : expires);
    closeDialog();
  };
  return (
    <Modal title="Accept risk" width="max-w-lg" testId="suppress-dialog">
      <form
        className="space-y-3 text-[13px]"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p>
          Accept <span className="font-mono">{rule}</span> ({title}) on <span className="font-medium">{targetName}</span>. The finding stays visible, muted, and no longer counts as an error.
        </p>
        <label className="block">
          <span className="mb-1 block font-medium">Reason (required)</span>
          <textarea
            className="h-20 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-800"
            value={reason}
            maxLength={MAX_NOTES}
            aria-invalid={touched && reasonError !== undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {touched && reasonError !== undefined ? <span className="text-[12px] text-red-700 dark:text-red-400">{reasonError}</span> : null}
        </label>
        <label className="block">
          <span className="mb-1 block font-medium">Expires (optional)</span>
          <input type="date" className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800" value={expires} onChange={(e) => setExpires(e.target.value)} />
          <span className="ml-2 text-[12px] text-slate-500 dark:text-slate-400">Through the end of that day, UTC; afterwards the finding counts again.</span>
          {dateError !== undefined ? <span className="block text-[12px] text-red-700">{dateError}</span> : null}
        </label>
        <div className="flex justify-end gap-2 pt-2">
          {existing !== undefined ? (
            <button
              type="button"
              className="mr-auto rounded-md px-3 py-1.5 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950"
              onClick={() => {
                removeSuppression(rule, target);
                closeDialog();
              }}
            >
              Remove acceptance
            </button>
          ) : null}
          <button type="button" className="rounded-md px-3 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="rounded-md bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700">
            {existing !== undefined ? 'Save' : 'Accept risk'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
