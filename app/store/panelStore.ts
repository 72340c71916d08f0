/** Which tab the right-hand panel shows, and the findings panel's filters. */
import { create } from 'zustand';
import type { Severity } from '../../src/rules/types';

export type RightTab = 'properties' | 'findings';

export interface PanelState {
  readonly tab: RightTab;
  readonly severities: ReadonlySet<Severity>;
  /** Rule family prefix ("net", "iam", ...) or undefined for all. */
  readonly family: string | undefined;
}

export const usePanel = create<PanelState>()(() => ({
  tab: 'properties',
  severities: new Set<Severity>(['error', 'warning', 'info']),
  family: undefined,
}));

export function showTab(tab: RightTab): void {
  usePanel.setState({ tab });
}

export function toggleSeverity(severity: Severity): void {
  const next = new Set(usePanel.getState().severities);
  if (next.has(severity)) next.delete(severity);
  else next.add(severity);
  usePanel.setState({ severities: next });
}

export function setFamily(family: string | undefined): void {
  usePanel.setState({ family });
}
