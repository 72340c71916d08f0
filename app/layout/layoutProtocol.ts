/** Messages between the editor and the layout worker. */
import type { LayoutResult } from '../../src/layout/index';
import type { Diagram } from '../../src/model/types';

export type LayoutScope = { readonly kind: 'all' } | { readonly kind: 'missing' } | { readonly kind: 'container'; readonly containerId: string };

export interface LayoutRequest {
  readonly kind: 'layout';
  readonly id: number;
  readonly diagram: Diagram;
  readonly scope: LayoutScope;
  /** Skip elkjs: the grid straight away (after elkjs ran out of time in a previous worker). */
  readonly gridOnly?: boolean;
}

export type LayoutResponse =
  | { readonly kind: 'done'; readonly id: number; readonly result: LayoutResult }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
