/**
 * One document in "My diagrams": open it (click or Enter), rename it in place
 * (F2 or the pencil), duplicate it, or delete it after a confirmation step
 * (Delete key or the bin).
 */
import { memo, useEffect, useRef, useState } from 'react';
import { MAX_TITLE } from '../../src/format/limits';
import { CopyIcon, DiagramIcon, PencilIcon, TrashIcon } from './icons';
import { editedAgo } from './relativeTime';
import type { LibraryEntry } from './useLibraryList';

type Mode = 'idle' | 'renaming' | 'confirming';

interface Props {
  readonly entry: LibraryEntry;
  readonly isOpen: boolean;
  readonly now: number;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, title: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

const ICON_BUTTON =
  'inline-flex h-7 w-7 items-center justify-center rounded text-slate-500 hover:bg-slate-200/70 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-slate-100';

export const DocumentRow = memo(function DocumentRow({ entry, isOpen, now, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const [mode, setMode] = useState<Mode>('idle');
  const main = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const back = (focus: boolean) => {
    setMode('idle');
    if (focus) requestAnimationFrame(() => main.current?.focus());
  };

  useEffect(() => {
    if (mode === 'confirming') cancel.current?.focus();
  }, [mode]);

  const count = entry.nodeCount === undefined ? 'cannot be read' : `${entry.nodeCount} ${entry.nodeCount === 1 ? 'node' : 'nodes'}`;
  const meta = `${count} · ${editedAgo(entry.updatedAt, now)}`;

  if (mode === 'confirming') {
    return (
      <li className="flex items-center gap-3 rounded-md bg-red-50 px-3 py-2.5 dark:bg-red-950/40" data-testid="library-row">
        <p className="min-w-0 flex-1 text-[13px] text-red-900 dark:text-red-100">
          Delete <span className="font-medium">“{entry.title}”</span>? This cannot be undone.
        </p>
        <button
          ref={cancel}
          type="button"
          className="rounded border border-slate-300 bg-white px-2.5 py-1 text-[12px] text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
          onClick={() => back(true)}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), back(true))}
        >
          Cancel
        </button>
        <button
          type="button"
          className="rounded bg-red-600 px-2.5 py-1 text-[12px] font-medium text-white hover:bg-red-700 dark:bg-red-600 dark:hover:bg-red-500"
          onClick={() => onDelete(entry.id)}
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), back(true))}
        >
          Delete
        </button>
      </li>
    );
  }

  return (
    <li
      className={`group flex items-center gap-1 rounded-md pr-2 hover:bg-slate-100 focus-within:bg-slate-100 dark:hover:bg-slate-800 dark:focus-within:bg-slate-800 ${isOpen ? 'bg-sky-50/70 dark:bg-sky-950/30' : ''}`}
      data-testid="library-row"
    >
      {mode === 'renaming' ? (
        <RenameField
          title={entry.title}
          onDone={(title) => {
            if (title !== undefined && title !== entry.title) onRename(entry.id, title);
            back(true);
          }}
        />
      ) : (
        <button
          ref={main}
          type="button"
          data-row-main={entry.id}
          aria-current={isOpen ? 'true' : undefined}
          className="flex min-w-0 flex-1 items-center gap-3 rounded-md px-3 py-2 text-left outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
          onClick={() => onOpen(entry.id)}
          onKeyDown={(e) => {
            if (e.key === 'F2') {
              e.preventDefault();
              setMode('renaming');
            } else if (e.key === 'Delete' || e.key === 'Backspace') {
              e.preventDefault();
              setMode('confirming');
            }
          }}
        >
          <DiagramIcon className="shrink-0 text-slate-400 dark:text-slate-500" />
          <span className="min-w-0 flex-1">
            <span className="flex items-center gap-2">
              <span className="truncate text-[13px] font-medium text-slate-900 dark:text-slate-100">{entry.title}</span>
              {isOpen ? (
                <span className="shrink-0 rounded bg-sky-100 px-1.5 text-[11px] font-medium leading-[18px] text-sky-800 dark:bg-sky-900/60 dark:text-sky-200">Open</span>
              ) : null}
            </span>
            <span className="block truncate text-[12px] text-slate-500 dark:text-slate-400">{meta}</span>
          </span>
        </button>
      )}
      {mode === 'idle' ? (
        <span className="flex shrink-0 gap-0.5 opacity-0 group-hover:opacity-100 group-focus-within:opacity-100">
          <button type="button" className={ICON_BUTTON} aria-label={`Rename “${entry.title}”`} title="Rename (F2)" onClick={() => setMode('renaming')}>
            <PencilIcon />
          </button>
          <button type="button" className={ICON_BUTTON} aria-label={`Duplicate “${entry.title}”`} title="Duplicate" onClick={() => onDuplicate(entry.id)}>
            <CopyIcon />
          </button>
          <button
            type="button"
            className={`${ICON_BUTTON} hover:text-red-700 dark:hover:text-red-400`}
            aria-label={`Delete “${entry.title}”`}
            title="Delete (Del)"
            onClick={() => setMode('confirming')}
          >
            <TrashIcon />
          </button>
        </span>
      ) : null}
    </li>
  );
});

function RenameField({ title, onDone }: { title: string; onDone: (title: string | undefined) => void }) {
  const [draft, setDraft] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  const finish = (value: string | undefined) => {
    if (finished.current) return;
    finished.current = true;
    onDone(value);
  };
  useEffect(() => input.current?.select(), []);
  return (
    <span className="flex min-w-0 flex-1 items-center gap-3 px-3 py-1.5">
      <DiagramIcon className="shrink-0 text-slate-400 dark:text-slate-500" />
      <input
        ref={input}
        aria-label="Diagram name"
        className="min-w-0 flex-1 rounded border border-sky-500 bg-white px-1.5 py-1 text-[13px] text-slate-900 outline-none ring-2 ring-sky-500/20 dark:bg-slate-950 dark:text-slate-100"
        value={draft}
        maxLength={MAX_TITLE}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => finish(draft.trim() === '' ? undefined : draft.trim())}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Focus returns to the row's button at once; without this the same Enter would open the document.
            e.preventDefault();
            finish(draft.trim() === '' ? undefined : draft.trim());
          }
          if (e.key === 'Escape') {
            e.stopPropagation();
            finish(undefined);
          }
        }}
      />
    </span>
  );
}
