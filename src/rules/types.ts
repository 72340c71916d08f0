/**
 * What a rule is and what it reports. A rule is pure: it reads the graph
 * index and reports hits; `validate` turns hits into findings (severity,
 * section, suppression) so no rule repeats that bookkeeping.
 */
import type { Diagram } from '../model/types';
import type { GraphIndex } from '../model/graphIndex';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type FindingTarget =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'edge'; readonly id: string }
  | { readonly kind: 'diagram' };

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly target: FindingTarget;
  readonly message: string;
  /** The rule's section, as controls.md writes it. */
  readonly source: string;
  readonly suppressed: boolean;
  /** net/internet-exposure only: the ids of the flows from the Internet, in order. */
  readonly path?: readonly string[];
  /** Suppressed findings only: why the risk was accepted. */
  readonly reason?: string;
}

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly suppressed: number;
}

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
}

/** What a rule's check reports: the rest of the finding comes from its metadata. */
export interface RuleHit {
  readonly target: FindingTarget;
  readonly message: string;
  readonly path?: readonly string[];
}

/**
 * Why the rule exists: a passage quoted word for word from the security
 * document (a test checks it occurs there), or, where the document is silent,
 * the common practice it follows (a CIS control, say).
 */
export type RuleBasis =
  | { readonly kind: 'document'; readonly quote: string }
  | { readonly kind: 'common-practice'; readonly reference: string; readonly text: string };

/** A one-click edit that makes a finding go away; it goes through undo in the app. */
export interface QuickFix {
  /** Button text, e.g. "Set requireSsl to true". */
  readonly label: string;
  /** Pure: returns the fixed diagram, or the same diagram when the fix no longer applies. */
  readonly apply: (diagram: Diagram, target: FindingTarget) => Diagram;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Short name for lists: "RDS not publicly accessible". */
  readonly title: string;
  /** When it fires, in the words of controls.md. */
  readonly description: string;
  /** The document section(s), exactly as controls.md writes them. */
  readonly section: string;
  readonly basis: RuleBasis;
  /** How to fix the design, for the rule reference and SARIF help. */
  readonly fix: string;
  /**
   * Reports each hit through `report`, in any order (validate sorts). A
   * callback rather than a generator: resuming 58 generators for some
   * thousand hits cost a sixth of a 1,000-node validation.
   */
  readonly check: (index: GraphIndex, report: (hit: RuleHit) => void) => void;
  readonly quickFix?: QuickFix;
}

export const nodeTarget = (id: string): FindingTarget => ({ kind: 'node', id });
export const edgeTarget = (id: string): FindingTarget => ({ kind: 'edge', id });

export function targetId(target: FindingTarget): string {
  return target.kind === 'diagram' ? '' : target.id;
}
