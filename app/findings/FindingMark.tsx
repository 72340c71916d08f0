/**
 * A node's findings when zoomed out (below useZoomedOut's threshold): a pill
 * filled with the severity's colour and the count, drawn large in diagram
 * units so a 1,000-node design reads as a heat map. It is one element, with
 * no icon, button or popover: the full FindingBadge costs a dozen paint
 * properties per node, and at that zoom it would be a few pixels wide.
 */
import { memo } from 'react';
import { badgeLook } from './badgeLook';
import { useFindings } from './findingsStore';

export const FindingMark = memo(function FindingMark({ targetId }: { readonly targetId: string }) {
  const group = useFindings((s) => s.byTarget.get(targetId));
  if (group === undefined) return null;
  const look = badgeLook(group);
  return (
    <span
      role="img"
      data-testid="finding-badge"
      data-severity={look.severity}
      data-suppressed={look.suppressedOnly ? 'true' : undefined}
      aria-label={look.description}
      className={`finding-mark ${look.suppressedOnly ? 'is-suppressed' : ''}`}
      style={{ background: look.color }}
    >
      {look.count}
    </span>
  );
});
