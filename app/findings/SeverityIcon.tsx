/**
 * The three severities as three shapes as well as three colours, so they
 * read in greyscale and for colour-blind people: error a filled circle,
 * warning a triangle, info an "i"; suppressed is grey.
 */
import type { Severity } from '../../src/rules/types';
import { SEVERITY_COLOR, SUPPRESSED_COLOR } from '../../src/export/exportLook';

// One table for the canvas and the exports.
export { SEVERITY_COLOR, SUPPRESSED_COLOR };

export function SeverityIcon({ severity, suppressed = false, size = 12 }: { severity: Severity; suppressed?: boolean; size?: number }) {
  const color = suppressed ? SUPPRESSED_COLOR : SEVERITY_COLOR[severity];
  const label = suppressed ? `${severity} (accepted risk)` : severity;
  if (severity === 'error') {
    return (
      <svg width={size} height={size} viewBox="0 0 12 12" role="img" aria-label={label} className="shrink-0">
        <circle cx="6" cy="6" r="5.5" fill={color} />
        <path d="M6 3v3.6M6 8.4v.1" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg width={size} height={size} viewBox="0 0 12 12" role="img" aria-label={label} className="shrink-0">
        <path d="M6 .8 11.5 11H.5z" fill={color} />
        <path d="M6 4.4v3M6 9.1v.1" stroke="#fff" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" role="img" aria-label={label} className="shrink-0">
      <circle cx="6" cy="6" r="5.2" fill="#fff" stroke={color} strokeWidth="1.3" />
      <path d="M6 5.4v3.2M6 3.4v.1" stroke={color} strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
