/**
 * The strip under the toolbar while a shared diagram is open: in review mode
 * it says nothing can be changed and offers "Edit a copy"; otherwise it says
 * the diagram is not in the library yet and offers to save a copy.
 */
import { useEditor } from '../store/editorStore';
import { saveSharedCopy } from './saveSharedCopy';
import { useSharedView } from './sharedView';

export function SharedBanner() {
  const view = useSharedView((s) => s.view);
  const unsaved = useEditor((s) => s.documentId === undefined);
  const readOnly = useEditor((s) => s.readOnly);
  if (view === undefined || !unsaved) return null;
  const review = readOnly;
  return (
    <div
      role="status"
      data-testid={review ? 'review-banner' : 'shared-banner'}
      className={`flex shrink-0 items-center gap-3 border-b px-4 py-1.5 text-[13px] ${
        review ? 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100' : 'border-violet-200 bg-violet-50 text-violet-950 dark:border-violet-900 dark:bg-violet-950 dark:text-violet-100'
      }`}
    >
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
        {review ? <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6z" /> : <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1m2 5a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />}
      </svg>
      <span className="min-w-0 flex-1">
        {review ? (
          <>
            <strong className="font-semibold">Review mode:</strong> this shared diagram is read-only. Select anything to see its findings, accepted risks and the rules behind them.
          </>
        ) : (
          <>
            <strong className="font-semibold">Shared diagram:</strong> it is not in your diagrams, and edits are not saved until you save a copy.
          </>
        )}
      </span>
      <button
        type="button"
        className="shrink-0 rounded-md bg-white px-3 py-1 text-[13px] font-medium shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:ring-slate-600 dark:hover:bg-slate-700"
        onClick={() => void saveSharedCopy()}
      >
        {review ? 'Edit a copy' : 'Save a copy to my diagrams'}
      </button>
    </div>
  );
}
