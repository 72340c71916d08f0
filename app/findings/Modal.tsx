/** A centred modal with a title and a close button; Escape closes it (see useShortcuts). */
import { useEffect, useRef, type ReactNode } from 'react';
import { closeDialog } from '../store/uiStore';

export function Modal({ title, children, width = 'max-w-2xl', testId }: { title: string; children: ReactNode; width?: string; testId?: string }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6" onMouseDown={closeDialog}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        className={`flex max-h-full w-full ${width} flex-col rounded-lg border border-slate-200 bg-white shadow-xl dark:border-slate-700 dark:bg-slate-900`}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-700">
          <h2 className="text-[15px] font-semibold">{title}</h2>
          <button ref={close} type="button" title="Close (Escape)" className="rounded px-2 py-1 text-[13px] text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800" onClick={closeDialog}>
            Close
          </button>
        </div>
        <div className="min-h-0 overflow-auto px-5 py-4">{children}</div>
      </div>
    </div>
  );
}
