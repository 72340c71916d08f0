/** The toolbar's autosave indicator: "Saved", "Saving…" or "Not saved: <why>". */
import { memo } from 'react';
import { clockTime } from './relativeTime';
import { useSaveStatus } from './saveStatus';

export const SaveStatus = memo(function SaveStatus() {
  const { status, savedAt, error } = useSaveStatus();
  const text = status === 'saving' ? 'Saving…' : status === 'error' ? `Not saved: ${error ?? 'storage refused it'}` : 'Saved';
  const title =
    status === 'error'
      ? 'Your changes are kept in this tab; saving is tried again on your next edit. Export a file to keep a copy.'
      : savedAt === undefined
        ? 'Diagrams are saved in this browser'
        : `Saved in this browser at ${clockTime(savedAt)}`;
  const tone = status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400';
  return (
    <span data-testid="save-status" data-state={status} title={title} className={`inline-flex items-center gap-1.5 whitespace-nowrap text-[12px] ${tone}`}>
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
