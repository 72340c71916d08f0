import { edgeProp } from '../../catalog/resolveProps';
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
 * order. The unencrypted flows are found in one pass per validation, shared
 * by the rules that ask, so each rule stays O(edges) at most.
 */
export function unencryptedFlowsInto<T extends NodeType>(index: GraphIndex, types: readonly T[]): readonly UnencryptedFlow<T>[] {
  const out: UnencryptedFlow<T>[] = [];
  const all = index.derived(unencryptedFlows);
  for (let i = 0; i < all.length; i++) if (isNodeOf(all[i]!.target, ...types)) out.push(all[i] as UnencryptedFlow<T>);
  return out;
}

function unencryptedFlows(index: GraphIndex): readonly UnencryptedFlow<NodeType>[] {
  const out: UnencryptedFlow<NodeType>[] = [];
  for (let i = 0, list = index.flows; i < list.length; i++) {
    const flow = list[i]!;
    if (edgeProp(flow, 'encrypted')) continue;
    const target = index.node(flow.target);
    if (target !== undefined) out.push({ flow, target });
  }
  return out;
}

/** The quick fix the flow rules share: turn on TLS for the flagged flow. */
export const encryptFlowFix: QuickFix = {
  label: 'Encrypt this flow (encrypted: true)',
  apply: (diagram: Diagram, target: FindingTarget) =>
    target.kind === 'edge' ? setEdgeProps(diagram, target.id, { encrypted: true }) : diagram,
};
