/** Messages between the editor and the layout worker. */
import type { LayoutResult } from '../../src/layout/index';
import type { Diagram } from '../../src/model/types';
import type { Placement } from './placements';

export type LayoutScope = { readonly kind: 'all' } | { readonly kind: 'missing' } | { readonly kind: 'container'; readonly containerId: string };

export interface LayoutRequest {
  readonly kind: 'layout';
  readonly id: number;
  readonly diagram: Diagram;
  readonly scope: LayoutScope;
  /** Skip elkjs: the grid straight away (after elkjs ran out of time in a previous worker). */
  readonly gridOnly?: boolean;
}

/** A layout's result without its diagram: the positions and sizes stand for it (see placements). */
export type PlacedResult = Omit<LayoutResult, 'diagram'> & { readonly placements: readonly Placement[] };

export type LayoutResponse =
  | { readonly kind: 'done'; readonly id: number; readonly result: PlacedResult }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
