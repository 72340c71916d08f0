/**
 * The toolbar's autosave indicator: "Saved", "Saving…" or "Not saved". The
 * reason follows ("Not saved: …") unless a storage banner already explains it
 * (storage full, a conflict with another tab), which keeps the toolbar short.
 */
import { memo, useState } from 'react';
import { clockTime } from './relativeTime';
import { useSaveStatus, useSaveStore } from './saveStatus';
import { useEditor } from '../store/editorStore';

export const SaveStatus = memo(function SaveStatus() {
  // A shared link's diagram is not in the library, so "Saved" would be untrue; its banner says what to do.
  const inLibrary = useEditor((s) => s.documentId !== undefined);
  return inLibrary ? <LibraryStatus /> : null;
});

const LibraryStatus = memo(function LibraryStatus() {
  const { status, savedAt, error } = useSaveStatus();
  const storageFull = useSaveStore((s) => s.storageFull);
  const conflict = useSaveStore((s) => s.conflict !== undefined);
  const reason = error ?? 'storage refused it';
  // The time is formatted only once someone points at the status: the first locale-aware time
  // format of a page costs some 50 ms (ICU's set-up), and start-up should not pay it for a tooltip.
  const [asked, setAsked] = useState(false);
  const text = status === 'saving' ? 'Saving…' : status === 'error' ? (storageFull || conflict ? 'Not saved' : `Not saved: ${reason}`) : 'Saved';
  const title =
    status === 'error'
      ? conflict && !storageFull
        ? `Not saved: ${reason}. Your changes are kept in this tab until you choose, in the banner, between their version and a copy of yours.`
        : `Not saved: ${reason}. Your changes are kept in this tab and saving is tried again on its own. Download or export a file to keep a copy.`
      : savedAt === undefined
        ? 'Diagrams are saved in this browser'
        : asked
          ? `Saved in this browser at ${clockTime(savedAt)}`
          : 'Saved in this browser';
  const tone = status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400';
  return (
    <span data-testid="save-status" data-state={status} title={title} onPointerEnter={() => setAsked(true)} className={`inline-flex items-center gap-1.5 whitespace-nowrap text-[12px] ${tone}`}>
      <StatusIcon status={status} />
      {text}
    </span>
  );
});

function StatusIcon({ status }: { status: 'saved' | 'saving' | 'error' }) {
  const common = { width: 14, height: 14, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true } as const;
  if (status === 'saving') {
    return (
      <svg {...common} className="animate-pulse">
        <path d="M4.5 12.5h7a3 3 0 0 0 .4-5.97A4 4 0 0 0 4.2 7.1 2.75 2.75 0 0 0 4.5 12.5Z" strokeLinejoin="round" />
      </svg>
    );
  }
  if (status === 'error') {
    return (
      <svg {...common}>
        <path d="M8 2 14.5 13.5h-13Z" strokeLinejoin="round" />
        <path d="M8 6.5v3.2M8 11.6v.1" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M4.5 12.5h7a3 3 0 0 0 .4-5.97A4 4 0 0 0 4.2 7.1 2.75 2.75 0 0 0 4.5 12.5Z" strokeLinejoin="round" />
      <path d="m6.2 9.4 1.3 1.3 2.4-2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
