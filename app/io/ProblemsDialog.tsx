/**
 * Why a file, a paste or a link could not be opened: every error the reader
 * found (each names its node and field), and a line saying that nothing was
 * changed. Text only: the errors quote hostile input, so they are rendered as
 * React text, never as markup.
 */
import { Modal } from '../findings/Modal';

export function ProblemsDialog({ title, errors, note }: { title: string; errors: readonly string[]; note: string }) {
  return (
    <Modal title={title} width="max-w-xl" testId="problems-dialog">
      <p className="mb-3 text-[13px] text-slate-600 dark:text-slate-300">
        {errors.length === 1 ? 'The reader found this problem:' : `The reader found ${errors.length} problems:`}
      </p>
      <ul className="mb-4 max-h-80 list-disc space-y-1 overflow-auto pl-5 text-[13px] break-words" data-testid="import-errors">
        {errors.map((error, i) => (
          <li key={i} data-testid="import-error">
            {error}
          </li>
        ))}
      </ul>
      <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-[13px] text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">{note}</p>
    </Modal>
  );
}
