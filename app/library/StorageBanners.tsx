/**
 * The strips under the toolbar when saving is held back: the browser's
 * storage is full (download a copy; saving keeps being retried and the strip
 * goes once a save lands), or another tab changed the diagram while this one
 * had unsaved edits (load theirs, or keep mine as a copy). Also keeps this tab
 * listening to the others (useTabSync).
 */
import { downloadDiagramJson } from '../io/saveFile';
import { useEditor } from '../store/editorStore';
import { localVersion, retryNow } from './autosave';
import { useSaveStore } from './saveStatus';
import { keepMineAsCopy, loadTheirVersion, useTabSync } from './tabSync';

const BUTTON =
  'shrink-0 rounded-md bg-white px-3 py-1 text-[13px] font-medium shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:bg-slate-800 dark:ring-slate-600 dark:hover:bg-slate-700';
const PRIMARY =
  'shrink-0 rounded-md px-3 py-1 text-[13px] font-medium text-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500';

export function StorageBanners() {
  useTabSync();
  const storageFull = useSaveStore((s) => s.storageFull);
  const conflict = useSaveStore((s) => s.conflict);
  const openId = useEditor((s) => s.documentId);
  return (
    <>
      {conflict !== undefined ? <ConflictBanner title={conflict.title} open={openId === conflict.id} /> : null}
      {storageFull ? <StorageFullBanner /> : null}
    </>
  );
}

function StorageFullBanner() {
  return (
    <div
      role="alert"
      data-testid="storage-full-banner"
      className="flex shrink-0 items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-1.5 text-[13px] text-red-950 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="shrink-0 text-red-600 dark:text-red-400">
        <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
        <path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5" />
      </svg>
      <span className="min-w-0 flex-1">
        <strong className="font-semibold">Your browser's storage is full: the last changes are not saved.</strong> They stay open here and saving is retried
        every few seconds. Download a copy, or free space by deleting diagrams you no longer need.
      </span>
      <button type="button" className={BUTTON} onClick={retryNow}>
        Try again
      </button>
      <button type="button" className={`${PRIMARY} bg-red-700 hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500`} onClick={downloadOpen}>
        Download JSON
      </button>
    </div>
  );
}

function ConflictBanner({ title, open }: { title: string; open: boolean }) {
  return (
    <div
      role="alert"
      data-testid="conflict-banner"
      className="flex shrink-0 items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-[13px] text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="shrink-0 text-amber-600 dark:text-amber-400">
        <rect x="2.5" y="4" width="12" height="9" rx="1.5" />
        <rect x="9.5" y="11" width="12" height="9" rx="1.5" />
      </svg>
      <span className="min-w-0 flex-1">
        <strong className="font-semibold">{open ? 'This diagram was changed in another tab.' : `“${title}” was changed in another tab.`}</strong> Your edits here are
        not saved over theirs: load their version, or keep yours as a separate copy.
      </span>
      <button type="button" className={BUTTON} onClick={() => void loadTheirVersion()}>
        Load their version
      </button>
      <button type="button" className={`${PRIMARY} bg-amber-700 hover:bg-amber-800 dark:bg-amber-600 dark:hover:bg-amber-500`} onClick={() => void keepMineAsCopy()}>
        Keep mine (save as a copy)
      </button>
    </div>
  );
}

/** The open diagram, as this tab has it (viewport included), as `<title>.ramparts.json`. */
function downloadOpen(): void {
  const { documentId, diagram } = useEditor.getState();
  downloadDiagramJson((documentId === undefined ? undefined : localVersion(documentId)) ?? diagram);
}
