/** While a layout runs: what is happening, how far into its time limit, and a way to stop it. */
import { useEffect, useRef } from 'react';
import { DEFAULT_TIMEOUT_MS } from '../../src/layout/index';
import { cancelLayout, useLayoutState } from './layoutRunner';

export function LayoutProgress() {
  const { running, startedAt, label } = useLayoutState();
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!running || el === null) return;
    // The bar fills toward the time limit (past it the grid is used) as a
    // compositor animation: a ticking counter re-rendered on the main thread
    // repainted the whole canvas every second, a long task on a large design.
    const animation = el.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], { duration: DEFAULT_TIMEOUT_MS, easing: 'linear', fill: 'forwards' });
    animation.currentTime = Math.min(DEFAULT_TIMEOUT_MS, Math.max(0, performance.now() - startedAt));
    return () => animation.cancel();
  }, [running, startedAt]);
  if (!running) return null;
  return (
    <div role="status" data-testid="layout-progress" className="absolute left-1/2 top-4 z-40 flex -translate-x-1/2 flex-col overflow-hidden rounded-md border border-slate-200 bg-white text-[13px] shadow-md dark:border-slate-700 dark:bg-slate-900">
      <div className="flex items-center gap-3 px-4 py-2">
        <span className="h-3 w-3 animate-spin rounded-full border-2 border-sky-600 border-t-transparent" aria-hidden="true" />
        <span>{label}…</span>
        <button type="button" className="rounded px-2 py-0.5 text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800" onClick={cancelLayout}>
          Cancel
        </button>
      </div>
      <span className="block h-[3px] w-full bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <span ref={bar} className="block h-full w-full origin-left bg-sky-600 dark:bg-sky-400" style={{ transform: 'scaleX(0)' }} />
      </span>
    </div>
  );
}
