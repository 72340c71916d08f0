/** When several edge kinds fit two nodes, a small menu at the target lets the user pick one. */
import { useEffect, useRef } from 'react';
import { EDGE_CATALOG } from '../../src/catalog/edgeCatalog';
import type { EdgeKind } from '../../src/catalog/kinds';
import type { KindChoice } from './useCanvasHandlers';

export function KindMenu({ choice, onChoose }: { choice: KindChoice; onChoose: (kind: EdgeKind | undefined) => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="menu"
      aria-label="Connection kind"
      data-testid="kind-menu"
      className="fixed z-50 min-w-52 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800"
      style={{ left: choice.at.x, top: choice.at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onChoose(undefined);
      }}
    >
      <div className="px-2 py-1 text-[11px] font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Connect as</div>
      {choice.kinds.map((kind, i) => (
        <button
          key={kind}
          ref={i === 0 ? first : undefined}
          role="menuitem"
          data-kind={kind}
          className="block w-full rounded px-2 py-1.5 text-left text-[13px] text-slate-800 hover:bg-sky-50 focus:bg-sky-100 focus:outline-none dark:text-slate-100 dark:hover:bg-slate-700 dark:focus:bg-slate-700"
          onClick={() => onChoose(kind)}
        >
          <span className="font-medium">{EDGE_CATALOG[kind].displayName}</span>
          <span className="block text-[11px] text-slate-500 dark:text-slate-400">{EDGE_CATALOG[kind].description}</span>
        </button>
      ))}
      <button role="menuitem" className="mt-1 block w-full rounded px-2 py-1 text-left text-[12px] text-slate-500 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-700" onClick={() => onChoose(undefined)}>
        Cancel
      </button>
    </div>
  );
}
