/**
 * A resource (RDS, bastion, role...): its official AWS icon with the label
 * under it, as AWS diagrams draw them. Zoomed out, a lighter form of the same
 * box (the label would be a smudge, and each element of a thousand nodes
 * costs paint and layerize time on every frame of a drag or pan).
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import type { ResourceFlowNode } from '../flowAdapter';
import { iconUrl } from '../icons';
import { InlineLabel } from './InlineLabel';
import { FindingBadge } from '../../findings/FindingBadge';
import { useFindings } from '../../findings/findingsStore';
import { FindingMark } from '../../findings/FindingMark';
import { useZoomedOut } from '../useZoomedOut';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

export const ResourceNode = memo(function ResourceNode({ id, data, selected }: NodeProps<ResourceFlowNode>) {
  const node = data.node;
  const def = NODE_CATALOG[node.type];
  const label = node.label ?? def.displayName;
  const severity = useFindings((s) => s.byTarget.get(id)?.severity);
  // Zoomed out, the node is one box with its icon as a background and a finding mark: see useZoomedOut.
  const far = useZoomedOut();
  return (
    <div
      className={`resource-node group relative flex h-full w-full flex-col items-center rounded-md px-1 pt-1 ${far ? 'is-far' : ''} ${selected ? 'bg-sky-100/70 ring-2 ring-sky-500 dark:bg-sky-900/40' : ''} ${severity !== undefined && !selected ? `finding-outline-${severity}` : ''}`}
      data-type={node.type}
      aria-label={`${def.displayName}: ${label}`}
      style={far ? { backgroundImage: `url("${iconUrl(node.type)}")` } : undefined}
    >
      {far ? (
        <FindingMark targetId={id} />
      ) : (
        <>
          <FindingBadge targetId={id} className="absolute right-1 top-0" />
          <img src={iconUrl(node.type)} alt="" width={48} height={48} draggable={false} className="pointer-events-none h-12 w-12 rounded-sm dark:bg-slate-100 dark:p-0.5" />
          <InlineLabel
            id={id}
            label={label}
            className="node-label mt-1 line-clamp-2 max-w-full break-words rounded px-1 text-center text-[12px] leading-tight text-slate-800 dark:text-slate-100"
          />
        </>
      )}
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="ramparts-handle" />
      ))}
    </div>
  );
});
