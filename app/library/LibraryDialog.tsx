/**
 * "My diagrams": the documents saved in this browser, newest first, with
 * new, new from template, open, rename, duplicate and delete. Modal: Escape
 * or the backdrop closes it, Tab stays inside, arrows move between documents.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '../store/editorStore';
import { closeDialog } from '../store/uiStore';
import { deleteDocument, duplicateDocument, newDocument, newFromTemplate, openDocument, renameDocument } from './documentActions';
import { DocumentRow } from './DocumentRow';
import { ChevronIcon, CloseIcon, PlusIcon, TemplateIcon } from './icons';
import { TemplateChoices } from './TemplateChoices';
import { trapTab, useDialogFocus } from './useDialogFocus';
import { useLibraryList } from './useLibraryList';

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500';

export function LibraryDialog() {
  const list = useLibraryList();
  const openId = useEditor((s) => s.documentId);
  const [showTemplates, setShowTemplates] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>();
  const now = useNow();
  const panel = useRef<HTMLDivElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  useDialogFocus(panel, () => panel.current?.querySelector<HTMLElement>('[aria-current="true"]') ?? newButton.current);

  // Once the list has loaded, start on the open document's row (as a file dialog starts on the current file).
  const listReady = list.state === 'ready';
  useEffect(() => {
    if (listReady && openId !== undefined) setFocusId(openId);
    // Only when the list first arrives.
  }, [listReady]);

  // After a rename, duplicate or delete the list re-reads: put focus where the person expects it.
  useEffect(() => {
    if (focusId === undefined || list.state !== 'ready') return;
    const row = panel.current?.querySelector<HTMLElement>(`[data-row-main="${CSS.escape(focusId)}"]`);
    if (row) {
      row.focus();
      row.scrollIntoView({ block: 'nearest' });
      setFocusId(undefined);
    }
  }, [focusId, list]);

  const onOpen = useCallback((id: string) => {
    void openDocument(id).then((opened) => opened && closeDialog());
  }, []);
  const onRename = useCallback((id: string, title: string) => {
    setFocusId(id);
    void renameDocument(id, title);
  }, []);
  const onDuplicate = useCallback((id: string) => {
    void duplicateDocument(id).then((copy) => copy !== undefined && setFocusId(copy));
  }, []);
  const entries = useRef<readonly { id: string }[]>([]);
  entries.current = list.state === 'ready' ? list.entries : [];
  const onDelete = useCallback((id: string) => {
    const index = entries.current.findIndex((e) => e.id === id);
    const next = (entries.current[index + 1] ?? entries.current[index - 1])?.id;
    void deleteDocument(id).then(() => (next !== undefined ? setFocusId(next) : newButton.current?.focus()));
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed here are the dialog's: the editor's shortcuts must not act on the canvas behind it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closeDialog();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      moveBetweenRows(event);
    } else {
      trapTab(event);
    }
  };

  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/30 px-4 pt-[9vh] dark:bg-black/50"
      onMouseDown={(e) => e.target === e.currentTarget && closeDialog()}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-label="My diagrams"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="flex max-h-[78vh] w-[560px] max-w-full flex-col rounded-lg border border-slate-200 bg-white text-slate-900 shadow-2xl outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <header className="flex items-start justify-between gap-4 px-5 pt-4 pb-3">
          <div>
            <h2 className="text-[15px] font-semibold">My diagrams</h2>
            <p className="mt-0.5 text-[12px] text-slate-500 dark:text-slate-400">Saved automatically in this browser.</p>
          </div>
          <button
            type="button"
            className="-mr-1.5 inline-flex h-7 w-7 items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
            aria-label="Close"
            title="Close (Esc)"
            onClick={closeDialog}
          >
            <CloseIcon />
          </button>
        </header>

        <div className="flex gap-2 px-5 pb-3">
          <button
            ref={newButton}
            type="button"
            className={`${BUTTON} bg-sky-600 text-white hover:bg-sky-700 dark:bg-sky-600 dark:hover:bg-sky-500`}
            onClick={() => void newDocument().then(closeDialog)}
          >
            <PlusIcon />
            New diagram
          </button>
          <button
            type="button"
            aria-expanded={showTemplates}
            className={`${BUTTON} border border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`}
            onClick={() => setShowTemplates((v) => !v)}
          >
            <TemplateIcon />
            New from template…
            <ChevronIcon open={showTemplates} />
          </button>
        </div>
        {showTemplates ? (
          <div className="px-5 pb-3">
            <TemplateChoices onChoose={(id) => void newFromTemplate(id).then(closeDialog)} />
          </div>
        ) : null}

        <div className="min-h-[120px] overflow-y-auto border-t border-slate-200 px-2 py-2 dark:border-slate-700">
          {list.state === 'loading' ? <p className="px-3 py-6 text-center text-[13px] text-slate-500 dark:text-slate-400">Loading…</p> : null}
          {list.state === 'failed' ? (
            <p className="px-3 py-6 text-center text-[13px] text-red-700 dark:text-red-400">The library could not be read: this browser&apos;s storage is not available.</p>
          ) : null}
          {list.state === 'ready' && list.entries.length === 0 ? (
            <p className="px-3 py-6 text-center text-[13px] text-slate-500 dark:text-slate-400">No diagrams yet.</p>
          ) : null}
          {list.state === 'ready' && list.entries.length > 0 ? (
            <ul aria-label="Diagrams" className="flex flex-col gap-0.5">
              {list.entries.map((entry) => (
                <DocumentRow
                  key={entry.id}
                  entry={entry}
                  isOpen={entry.id === openId}
                  now={now}
                  onOpen={onOpen}
                  onRename={onRename}
                  onDuplicate={onDuplicate}
                  onDelete={onDelete}
                />
              ))}
            </ul>
          ) : null}
        </div>

        <footer className="border-t border-slate-200 px-5 py-2.5 text-[12px] text-slate-500 dark:border-slate-700 dark:text-slate-400">
          Diagrams stay in this browser. Export a file to share one or keep a backup.
        </footer>
      </div>
    </div>
  );
}

function moveBetweenRows(event: KeyboardEvent<HTMLDivElement>): void {
  const rows = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-row-main]'));
  const index = rows.indexOf(document.activeElement as HTMLElement);
  if (index === -1) return;
  event.preventDefault();
  const next = rows[event.key === 'ArrowDown' ? Math.min(rows.length - 1, index + 1) : Math.max(0, index - 1)];
  next?.focus();
}

/** The current time, refreshed every half minute so "edited … ago" stays true while the dialog is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
