/** While a layout runs: what is happening, for how long, and a way to stop it. */
import { useEffect, useState } from 'react';
import { cancelLayout, useLayoutState } from './layoutRunner';

export function LayoutProgress() {
  const { running, startedAt, label } = useLayoutState();
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    // Once a second: every repaint of the page costs tens of milliseconds on a 1,000-node design.
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return null;
  const seconds = Math.max(0, (performance.now() - startedAt) / 1000);
  return (
    <div role="status" data-testid="layout-progress" className="absolute left-1/2 top-4 z-40 flex -translate-x-1/2 items-center gap-3 rounded-md border border-slate-200 bg-white px-4 py-2 text-[13px] shadow-md dark:border-slate-700 dark:bg-slate-900">
      <span className="h-3 w-3 animate-spin rounded-full border-2 border-sky-600 border-t-transparent" aria-hidden="true" />
      <span>
        {label}… {Math.floor(seconds)} s
      </span>
      <button type="button" className="rounded px-2 py-0.5 text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800" onClick={cancelLayout}>
        Cancel
      </button>
    </div>
  );
}
