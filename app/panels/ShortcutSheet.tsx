/** "?" opens this sheet of every shortcut. */
import { useEffect, useRef } from 'react';
import { closeDialog } from '../store/uiStore';
import { SHORTCUT_GROUPS } from './shortcutList';

export function ShortcutSheet() {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6" onClick={closeDialog}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        className="max-h-full w-full max-w-3xl overflow-auto rounded-lg border border-slate-200 bg-white p-6 shadow-xl dark:border-slate-700 dark:bg-slate-900"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 className="text-base font-semibold">Keyboard shortcuts</h2>
          <button ref={close} className="rounded px-2 py-1 text-[13px] text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800" onClick={closeDialog} title="Close (Escape)">
            Close
          </button>
        </div>
        <div className="grid gap-6 sm:grid-cols-2">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title}>
              <h3 className="mb-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{group.title}</h3>
              <dl className="space-y-1.5">
                {group.items.map((item) => (
                  <div key={item.action} className="flex items-baseline justify-between gap-4 text-[13px]">
                    <dt className="text-slate-700 dark:text-slate-200">{item.action}</dt>
                    <dd className="shrink-0 font-mono text-[12px] text-slate-500 dark:text-slate-400">{item.keys}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
