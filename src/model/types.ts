/**
 * The diagram model shared by every part of Ramparts: the reader produces it,
 * the rules read it, the editor edits it through pure functions, the writer
 * and the share codec serialise it. Everything is readonly: an edit returns a
 * new diagram, which is what makes undo and memoised rendering cheap.
 */
import type { EdgeKind, NodeType } from '../catalog/kinds';

export type { EdgeKind, NodeType };

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Any JSON value a prop may hold (unknown props are kept as read). */
export type PropValue =
  | string
  | number
  | boolean
  | null
  | readonly PropValue[]
  | { readonly [key: string]: PropValue };

/**
 * Props exactly as stored: known props that differ from their default (or
 * that were written explicitly) plus unknown props, which are kept and
 * ignored. Use `nodeProps` / `edgeProps` to read them with defaults applied.
 * Keys come from untrusted files, so they are set with `setSafe`: a key
 * like `__proto__` stays an ordinary key.
 */
export type StoredProps = Readonly<Record<string, PropValue>>;

export interface DiagramNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label?: string;
  readonly parent?: string;
  readonly position?: Point;
  readonly size?: Size;
  readonly props?: StoredProps;
  readonly notes?: string;
}

export interface DiagramEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  readonly label?: string;
  readonly props?: StoredProps;
}

export interface Suppression {
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
  /** YYYY-MM-DD; suppresses through the end of that day, UTC. */
  readonly expires?: string;
}

export interface Diagram {
  readonly format: 'ramparts-diagram';
  readonly version: number;
  readonly title?: string;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly suppressions?: readonly Suppression[];
  readonly viewport?: Viewport;
}

export const FORMAT_ID = 'ramparts-diagram';
export const CURRENT_VERSION = 1;
