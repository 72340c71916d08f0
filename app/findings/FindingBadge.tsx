/**
 * The count of a node's or edge's findings, shaped and coloured by the
 * highest severity; hovering or focusing it opens the list (FindingPopover).
 * All findings suppressed: grey and struck through.
 */
import { memo, useRef, useState } from 'react';
import { useFindings } from './findingsStore';
import { FindingPopover } from './FindingPopover';
import { badgeLook } from './badgeLook';
import { SeverityIcon } from './SeverityIcon';

interface Props {
  readonly targetId: string;
  readonly edge?: boolean;
  readonly className?: string;
}

export const FindingBadge = memo(function FindingBadge({ targetId, edge = false, className = '' }: Props) {
  const group = useFindings((s) => s.byTarget.get(targetId));
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  if (group === undefined) return null;
  const { severity, suppressedOnly, count, color, description } = badgeLook(group);
  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const hide = () => {
    closeTimer.current = setTimeout(() => setOpen(false), 150);
  };
  return (
    <>
      <button
        ref={anchor}
        type="button"
        data-testid="finding-badge"
        data-severity={severity}
        data-suppressed={suppressedOnly ? 'true' : undefined}
        {...(edge ? { 'data-edge-id': targetId } : {})}
        aria-label={`${description}: show`}
        className={`finding-badge nodrag nopan ${suppressedOnly ? 'is-suppressed' : ''} ${className}`}
        style={{ borderColor: color, color }}
        onMouseEnter={show}
        onMouseLeave={hide}
        onFocus={show}
        onBlur={hide}
        onClick={(e) => {
          // A click pins the list open (hover and focus already opened it); Escape closes it.
          e.stopPropagation();
          show();
        }}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <SeverityIcon severity={severity} suppressed={suppressedOnly} size={11} />
        <span className={suppressedOnly ? 'line-through' : ''}>{count}</span>
      </button>
      {open && anchor.current !== null ? (
        <FindingPopover anchor={anchor.current} findings={group.findings} onEnter={show} onLeave={hide} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
});
