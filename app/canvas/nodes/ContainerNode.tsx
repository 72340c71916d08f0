/**
 * VPCs and subnets as labelled regions in the AWS convention: a VPC is a
 * purple outline with the VPC icon; a public subnet green, a private one
 * teal; each shows its CIDR (and Availability Zone) in small type.
 */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { containerSubtitle } from '../../../src/model/captions';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import { useEditor } from '../../store/editorStore';
import type { ContainerFlowNode } from '../flowAdapter';
import { iconUrl } from '../icons';
import { InlineLabel } from './InlineLabel';
import { FindingBadge } from '../../findings/FindingBadge';
import { useFindings } from '../../findings/findingsStore';
import { FindingMark } from '../../findings/FindingMark';
import { useZoomedOut } from '../useZoomedOut';

export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  const node = data.node;
  const readOnly = useEditor((s) => s.readOnly);
  const kind = node.type === 'vpc' ? 'vpc' : data.public ? 'public' : 'private';
  const label = node.label ?? NODE_CATALOG[node.type].displayName;
  const severity = useFindings((s) => s.byTarget.get(id)?.severity);
  const far = useZoomedOut();
  return (
    <div className={`container-node container-${kind} h-full w-full ${selected ? 'is-selected' : ''} ${severity !== undefined ? `finding-border-${severity}` : ''}`} data-type={node.type} aria-label={`${NODE_CATALOG[node.type].displayName}: ${label}`}>
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={160}
        minHeight={100}
        lineClassName="container-resize-line"
        handleClassName="container-resize-handle"
      />
      <div className="container-header flex items-start gap-2 rounded-sm">
        <img src={iconUrl(node.type, data.public ? 'public' : undefined)} alt="" width={28} height={28} draggable={false} className="pointer-events-none h-7 w-7 shrink-0" />
        <div className="container-text min-w-0 flex-1 pt-0.5">
          <InlineLabel id={id} label={label} className="block truncate text-[13px] font-semibold leading-4 text-slate-900 dark:text-slate-100" />
          <div className="truncate text-[11px] leading-4 text-slate-600 dark:text-slate-300">
            {node.type === 'subnet' ? <span className="sr-only">{data.public ? 'Public subnet, ' : 'Private subnet, '}</span> : null}
            {containerSubtitle(node)}
          </div>
        </div>
        {far ? <FindingMark targetId={id} /> : <FindingBadge targetId={id} className="shrink-0" />}
      </div>
    </div>
  );
});
