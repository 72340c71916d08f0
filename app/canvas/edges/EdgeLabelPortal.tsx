/**
 * React Flow's EdgeLabelRenderer, without its cost: each instance looks its
 * layer up with `querySelector` on every store update, which on a 1,500-edge
 * design meant 1,500 walks of a 40,000-element document per frame of a drag
 * (most of the script time a CPU profile showed). Here the layer is looked up
 * once per canvas and remembered; the edge reads it with the rest of its view
 * of the store (useEdgeView).
 */
import type { ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const layers = new WeakMap<HTMLDivElement, HTMLElement>();

export function labelLayer(state: Pick<ReactFlowState, 'domNode'>): HTMLElement | undefined {
  const root = state.domNode;
  if (root === null) return undefined;
  let layer = layers.get(root);
  if (layer === undefined) {
    // Missing only until React Flow's first commit; the next store update finds it.
    layer = root.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? undefined;
    if (layer !== undefined) layers.set(root, layer);
  }
  return layer;
}

export function EdgeLabelPortal({ layer, children }: { readonly layer: HTMLElement | undefined; readonly children: ReactNode }) {
  return layer === undefined ? null : createPortal(children, layer);
}
