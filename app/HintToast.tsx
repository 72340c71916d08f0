/** Refusals and notices ("An RDS database cannot sit in a VPC ...") shown briefly, and announced to screen readers. */
import { useEffect } from 'react';
import { clearHint } from './store/editorActions';
import { useEditor } from './store/editorStore';

const TONE = {
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100',
} as const;

export function HintToast() {
  const hint = useEditor((s) => s.hint);
  useEffect(() => {
    if (hint === undefined) return;
    const timer = setTimeout(clearHint, 6000);
    return () => clearTimeout(timer);
  }, [hint]);
  return (
    <div aria-live="polite" className="pointer-events-none absolute inset-x-0 bottom-6 z-40 flex justify-center">
      {hint !== undefined ? (
        <div key={hint.serial} role="status" data-testid="hint" className={`pointer-events-auto flex max-w-xl items-start gap-3 rounded-md border px-4 py-2 text-[13px] shadow-md ${TONE[hint.tone]}`}>
          <span>{hint.text}</span>
          <button className="text-[12px] opacity-70 hover:opacity-100" aria-label="Dismiss" onClick={clearHint}>
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
