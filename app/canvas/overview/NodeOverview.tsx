/**
 * Zoomed out (below useZoomedOut's threshold), the nodes React Flow is not
 * mounting (flowAdapter hands them over `hidden`) are drawn here, two SVGs
 * in the viewport: containers under everything (as the mounted ones are),
 * resources above the edges. Each node is what the zoomed-out React Flow
 * node would be (its icon, its container colours, a finding mark), a few SVG
 * elements instead of a React Flow node with its wrapper, four handles and
 * their store subscriptions: a 1,000-node design opens, pans and drags at
 * this zoom without React mounting a thousand components.
 * Elements are placed with x and y, not a transform per node: a transform
 * is a paint property node of its own, and a thousand of them doubled the
 * paint and tripled the layer assembly of every drag step (traced: 10 and
 * 7 ms a step, now 5 and 2).
 * Pressing on a node acts as on a mounted one (overviewGesture). Positions
 * come from React Flow's lookup, which holds hidden nodes too, so what is
 * drawn here and what React Flow draws cannot disagree.
 */
import { useKeyPress, useStore, useStoreApi, ViewportPortal, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useDeferredValue, useEffect, useRef, useSyncExternalStore } from 'react';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import type { NodeType } from '../../../src/catalog/kinds';
import { RESOURCE_SIZE } from '../../../src/model/geometry';
import { badgeLook } from '../../findings/badgeLook';
import { useFindings, type TargetFindings } from '../../findings/findingsStore';
import type { DiagramFlowNode } from '../flowAdapter';
import { allIconUrls, iconUrl } from '../icons';
import { iconBitmapsVersion, overviewIcon, prepareIconBitmaps, subscribeIconBitmaps } from './iconBitmaps';
import { overviewTargetOf, startOverviewGesture } from './overviewGesture';
import { useOverviewRubberBand } from './useOverviewRubberBand';

const nodesOf = (s: ReactFlowState) => s.nodes;

/** The finding mark's size, as FindingMark's stylesheet draws it (index.css .finding-mark). */
const MARK_HEIGHT = 28;
const markWidth = (count: number) => Math.max(36, 14 + 12 * String(count).length);

/**
 * Below this zoom a mark's 20-unit count is under 3 px tall, unreadable: the
 * mark is its pill alone, the count in its label. A thousand SVG <text>s
 * were most of the style and layout (some 60 ms) of the frame where a large
 * design's findings first appear.
 */
const MARK_COUNT_FROM = 0.15;
const countsReadable = (s: ReactFlowState) => s.transform[2] >= MARK_COUNT_FROM;

interface MarkProps {
  readonly group: TargetFindings | undefined;
  readonly right: number;
  readonly top: number;
  readonly withCount: boolean;
}

/** A node's findings, drawn as FindingMark draws them. */
function Mark({ group, right, top, withCount }: MarkProps) {
  if (group === undefined) return null;
  const look = badgeLook(group);
  const width = markWidth(look.count);
  const pill = { x: right - width, y: top, width, height: MARK_HEIGHT, rx: MARK_HEIGHT / 2, fill: look.color };
  const badge = {
    className: `finding-mark-svg ${look.suppressedOnly ? 'is-suppressed' : ''}`,
    role: 'img',
    'data-testid': 'finding-badge',
    'data-severity': look.severity,
    'data-suppressed': look.suppressedOnly ? 'true' : undefined,
    'aria-label': look.description,
  };
  if (!withCount) return <rect {...badge} {...pill} />;
  return (
    <g {...badge}>
      <rect {...pill} />
      <text x={right - width / 2} y={top + MARK_HEIGHT / 2} dy="0.35em" textAnchor="middle">
        {look.count}
      </text>
    </g>
  );
}

interface ItemProps {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string | undefined;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly isPublic: boolean;
  /** The icon drawn: a bitmap once there is one (see iconBitmaps). */
  readonly icon: string;
  readonly group: TargetFindings | undefined;
  /** Marks show their count (see MARK_COUNT_FROM). */
  readonly counts: boolean;
}

const Resource = memo(function Resource({ id, type, label, x, y, icon, group, counts }: ItemProps) {
  const severity = group?.severity;
  const name = NODE_CATALOG[type].displayName;
  return (
    <g data-testid="overview-node" data-id={id} data-type={type} role="img" aria-label={`${name}: ${label ?? name}`}>
      <rect className="overview-hit" x={x} y={y} width={RESOURCE_SIZE.width} height={RESOURCE_SIZE.height} rx={6} />
      {severity === 'error' || severity === 'warning' ? (
        // The mounted node's 2 px ring just outside its box (index.css .finding-outline-*).
        <rect className={`overview-outline is-${severity}`} x={x - 1} y={y - 1} width={RESOURCE_SIZE.width + 2} height={RESOURCE_SIZE.height + 2} rx={7} />
      ) : null}
      <image href={icon} x={x + (RESOURCE_SIZE.width - 48) / 2} y={y + 4} width={48} height={48} />
      <Mark group={group} right={x + RESOURCE_SIZE.width + 6} top={y - 6} withCount={counts} />
    </g>
  );
});

const Container = memo(function Container({ id, type, label, x, y, width, height, isPublic, icon, group, counts }: ItemProps) {
  const severity = group?.severity;
  const kind = type === 'vpc' ? 'vpc' : isPublic ? 'public' : 'private';
  const name = NODE_CATALOG[type].displayName;
  return (
    <g data-testid="overview-node" data-id={id} data-type={type} role="img" aria-label={`${name}: ${label ?? name}`}>
      <rect className={`overview-container overview-${kind}`} x={x + 1} y={y + 1} width={Math.max(0, width - 2)} height={Math.max(0, height - 2)} rx={2} />
      {severity === 'error' ? (
        // The mounted container's 1 px line inside its border (index.css .finding-border-error).
        <rect className="overview-outline is-error" x={x + 2.5} y={y + 2.5} width={Math.max(0, width - 5)} height={Math.max(0, height - 5)} style={{ strokeWidth: 1 }} />
      ) : null}
      <image href={icon} x={x + 12} y={y + 8} width={28} height={28} />
      <Mark group={group} right={x + width - 12} top={y + 8} withCount={counts} />
    </g>
  );
});

interface Drawn {
  readonly node: InternalNode<DiagramFlowNode>;
  readonly group: TargetFindings | undefined;
  readonly element: React.ReactElement;
}

function itemOf(node: InternalNode<DiagramFlowNode>, group: TargetFindings | undefined, counts: boolean): ItemProps {
  const { x, y } = node.internals.positionAbsolute;
  const data = node.data;
  const isPublic = 'public' in data && data.public;
  return {
    id: node.id,
    type: data.node.type,
    label: data.node.label,
    x,
    y,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
    isPublic,
    icon: overviewIcon(iconUrl(data.node.type, isPublic ? 'public' : undefined)),
    group,
    counts,
  };
}

export const NodeOverview = memo(function NodeOverview() {
  // Subscribed for its changes only: nodes are read from the lookup, which React Flow keeps up to date.
  useStore(nodesOf);
  const store = useStoreApi<DiagramFlowNode>();
  useOverviewRubberBand();
  // One findings subscription for the layer (a thousand, one per node, were a tenth of its first render);
  // the findings store keeps each node's group object while its findings stay the same.
  const byTarget = useFindings((s) => s.byTarget);
  // An element per node, kept while React Flow keeps the node's object (it makes a new one when anything
  // about the node changes, its absolute place included) and its findings stay the same: React skips a
  // child handed the very same element without comparing its props, so a drag step re-renders the dragged
  // node, not a thousand memo checks. Writing the cache during render is safe: an entry depends on nothing
  // but the objects it is checked against.
  const cache = useRef(new Map<string, Drawn>());
  // Once bitmaps of the icons are ready, every item is drawn again with them.
  // So is it when marks gain or lose their counts.
  const bitmaps = useSyncExternalStore(subscribeIconBitmaps, iconBitmapsVersion);
  // Crossing MARK_COUNT_FROM changes every mark (their elements are made again): deferred, that render is
  // built in slices after the frame that moved the view, not inside it. Opening a position-less design, the
  // pile is drawn at 100% and the laid-out design fitted at 5%: the fit's frame made a thousand marks again.
  const counts = useDeferredValue(useStore(countsReadable));
  const drawing = `${bitmaps} ${counts}`;
  const drawnWith = useRef(drawing);
  if (drawnWith.current !== drawing) {
    drawnWith.current = drawing;
    cache.current = new Map();
  }
  useEffect(() => void prepareIconBitmaps(allIconUrls()), []);
  const drawn = new Map<string, Drawn>();
  const containers: React.ReactElement[] = [];
  const resources: React.ReactElement[] = [];
  for (const node of store.getState().nodeLookup.values()) {
    if (node.hidden !== true) continue;
    const group = byTarget.get(node.id);
    let entry = cache.current.get(node.id);
    if (entry?.node !== node || entry.group !== group) {
      const item = itemOf(node, group, counts);
      entry = { node, group, element: node.type === 'container' ? <Container key={item.id} {...item} /> : <Resource key={item.id} {...item} /> };
    }
    drawn.set(node.id, entry);
    (node.type === 'container' ? containers : resources).push(entry.element);
  }
  cache.current = drawn;
  // Space held, a drag pans wherever it starts, as over a mounted node (the canvas's panActivationKeyCode).
  const panning = useKeyPress('Space');
  const onPointerDown = useCallback(
    (event: React.PointerEvent) => {
      if (event.button !== 0 || !event.isPrimary || panning) return;
      const id = overviewTargetOf(event.target);
      if (id === undefined) return;
      // Not the pane's: no rubber band or pan starts under a node.
      event.stopPropagation();
      event.preventDefault();
      startOverviewGesture(event.nativeEvent, id, store.getState);
    },
    [store, panning],
  );
  return (
    <ViewportPortal>
      <svg className="node-overview is-containers" data-testid="node-overview" onPointerDown={onPointerDown}>
        {containers}
      </svg>
      <svg className="node-overview is-resources" data-testid="node-overview" onPointerDown={onPointerDown}>
        {resources}
      </svg>
    </ViewportPortal>
  );
});
