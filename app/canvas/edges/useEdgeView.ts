/**
 * Everything an edge reads from React Flow's store, in one subscription: its
 * two nodes, the clip region, whether the canvas is zoomed out and the label
 * layer. Every subscriber's selector runs on every store update, and a pan
 * updates the store once a frame: with some 230 edges mounted at 100% on a
 * 1,000-node design, five subscriptions an edge were over a thousand selector
 * calls a frame, one of the larger parts of a pan frame's script time.
 * The selection is compared entry by entry, so an edge re-renders only when
 * one of its parts changes (the region only when the view crosses a grid line).
 * The comparison is sameEdgeView, not zustand's `shallow`: for an array that
 * builds two Maps of its entries on every call, which at 100% on a 1,000-node
 * design was some 3 ms of every pan frame (traced, a few store updates a frame).
 */
import { useStore, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { isZoomedOut } from '../useZoomedOut';
import { sameItems } from '../sameItems';
import { labelLayer } from './EdgeLabelPortal';
import { regionKey, regionOf, type ClipRegion } from './clipRegion';

export interface EdgeView {
  readonly source: InternalNode | undefined;
  readonly target: InternalNode | undefined;
  /** Where the edge is clipped to (undefined before React Flow knows its size: then nothing is). */
  readonly region: ClipRegion | undefined;
  readonly zoomedOut: boolean;
  /** React Flow's edge label layer (undefined until its first commit). */
  readonly labelLayer: HTMLElement | undefined;
}

type ViewState = Pick<ReactFlowState, 'nodeLookup' | 'transform' | 'width' | 'height' | 'domNode'>;
export type EdgeViewSelection = readonly [InternalNode | undefined, InternalNode | undefined, string, boolean, HTMLElement | undefined];

/** The selector: two selections are equal (sameEdgeView) when the edge has nothing new to draw. */
export function edgeViewSelector(source: string, target: string): (s: ViewState) => EdgeViewSelection {
  return (s) => [s.nodeLookup.get(source), s.nodeLookup.get(target), regionKey(s), isZoomedOut(s), labelLayer(s)];
}

/** Entry by entry, without allocating: it runs for every mounted edge on every store update. */
export const sameEdgeView: (a: EdgeViewSelection, b: EdgeViewSelection) => boolean = sameItems;

export function useEdgeView(source: string, target: string): EdgeView {
  const select = useMemo(() => edgeViewSelector(source, target), [source, target]);
  const [s, t, key, zoomedOut, layer] = useStore(select, sameEdgeView);
  const region = useMemo(() => regionOf(key), [key]);
  return { source: s, target: t, region, zoomedOut, labelLayer: layer };
}
