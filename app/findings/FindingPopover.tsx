/**
 * The list behind a badge: each finding's message and document section, with
 * its quick fix, "Accept risk" and the rule reference. Rendered in a portal
 * at screen scale, so it stays readable whatever the zoom.
 */
import { createPortal } from 'react-dom';
import { useLayoutEffect, useState } from 'react';
import type { Finding } from '../../src/rules/types';
import { FindingItem } from './FindingItem';

interface Props {
  readonly anchor: HTMLElement;
  readonly findings: readonly Finding[];
  readonly onEnter: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export function FindingPopover({ anchor, findings, onEnter, onLeave, onClose }: Props) {
  const [pos, setPos] = useState<{ left: number; top: number }>({ left: -9999, top: -9999 });
  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    const width = 360;
    const left = Math.min(Math.max(8, r.left), window.innerWidth - width - 8);
    const top = r.bottom + 6 + 320 > window.innerHeight ? Math.max(8, r.top - 6 - 320) : r.bottom + 6;
    setPos({ left, top });
  }, [anchor]);
  return createPortal(
    <div
      role="dialog"
      aria-label="Findings"
      data-testid="finding-popover"
      className="fixed z-50 max-h-80 w-[360px] overflow-auto rounded-md border border-slate-200 bg-white p-2 text-[12px] shadow-xl dark:border-slate-700 dark:bg-slate-900"
      style={pos}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
          anchor.focus();
        }
      }}
    >
      <ul className="space-y-1">
        {findings.map((f) => (
          <FindingItem key={f.rule} finding={f} />
        ))}
      </ul>
    </div>,
    document.body,
  );
}
