/**
 * What a target's badge shows, shared by the full badge and its zoomed-out
 * mark: the highest unsuppressed severity and how many findings are active;
 * when every finding is an accepted risk, the grey count of those.
 */
import type { Severity } from '../../src/rules/types';
import type { TargetFindings } from './findingsStore';
import { SEVERITY_COLOR, SUPPRESSED_COLOR } from './SeverityIcon';

export interface BadgeLook {
  readonly severity: Severity;
  readonly suppressedOnly: boolean;
  readonly count: number;
  readonly color: string;
  /** "2 error findings", "1 accepted finding". */
  readonly description: string;
}

export function badgeLook(group: TargetFindings): BadgeLook {
  const suppressedOnly = group.severity === undefined;
  const severity: Severity = group.severity ?? group.findings[0]!.severity;
  const count = suppressedOnly ? group.findings.length : group.active;
  return {
    severity,
    suppressedOnly,
    count,
    color: suppressedOnly ? SUPPRESSED_COLOR : SEVERITY_COLOR[severity],
    description: `${count} ${suppressedOnly ? 'accepted' : severity} finding${count === 1 ? '' : 's'}`,
  };
}
