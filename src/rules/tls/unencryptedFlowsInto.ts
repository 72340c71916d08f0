import { edgeProps } from '../../catalog/resolveProps';
import type { NodeType } from '../../catalog/kinds';
import type { GraphIndex } from '../../model/graphIndex';
import { isNodeOf, type EdgeOf, type NodeOf } from '../../model/guards';
import { setEdgeProps } from '../../model/edits';
import type { Diagram } from '../../model/types';
import type { FindingTarget, QuickFix } from '../types';

export interface UnencryptedFlow<T extends NodeType> {
  readonly flow: EdgeOf<'network'>;
  readonly target: NodeOf<T>;
}

/**
 * The flows with encrypted false whose target is one of `types`, in diagram
 * order. One pass over the flows, so a rule stays O(edges) however many
 * targets it watches.
 */
export function* unencryptedFlowsInto<T extends NodeType>(
  index: GraphIndex,
  types: readonly T[],
): Generator<UnencryptedFlow<T>> {
  for (const flow of index.flows) {
    if (edgeProps(flow).encrypted) continue;
    const target = index.node(flow.target);
    if (target !== undefined && isNodeOf(target, ...types)) yield { flow, target };
  }
}

/** The quick fix the flow rules share: turn on TLS for the flagged flow. */
export const encryptFlowFix: QuickFix = {
  label: 'Encrypt this flow (encrypted: true)',
  apply: (diagram: Diagram, target: FindingTarget) =>
    target.kind === 'edge' ? setEdgeProps(diagram, target.id, { encrypted: true }) : diagram,
};
