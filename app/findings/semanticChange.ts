/**
 * Whether an edit can change findings. Moving and resizing cannot (no rule
 * reads positions), so a drag re-validates nothing; anything else (props,
 * labels, parents, edges, suppressions) can.
 */
import type { Diagram } from '../../src/model/types';

export function affectsFindings(before: Diagram | undefined, after: Diagram): boolean {
  if (before === undefined) return true;
  if (before === after) return false;
  if (before.edges !== after.edges || before.suppressions !== after.suppressions) return true;
  if (before.nodes.length !== after.nodes.length) return true;
  for (let i = 0; i < after.nodes.length; i++) {
    const a = before.nodes[i]!;
    const b = after.nodes[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.type !== b.type || a.parent !== b.parent || a.props !== b.props || a.label !== b.label) return true;
  }
  return false;
}
