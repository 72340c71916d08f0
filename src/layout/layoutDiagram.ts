/**
 * The layout entry points. Each decides what to lay out (a scope: a subtree
 * and the containers in it whose children move), lays that out with ELK or,
 * past 1,000 nodes or after the deadline, on the grid, and then lets the
 * containers around it grow so everything still fits. Pure apart from ELK's
 * own work: the same diagram gives the same layout.
 */
import { isContainerType } from '../model/geometry';
import type { Diagram, Point, Size } from '../model/types';
import { applyPlacement, placementFromElk, toElkGraph, WHOLE_DIAGRAM, type LayoutScope, type Placement } from './elkGraph';
import { runElk, type ElkProvider } from './elkRunner';
import { gridPlacement } from './gridLayout';
import { finishLayout, missingScopes } from './missing';
import { buildTree, CANVAS, childrenOf, type Tree } from './tree';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_ELK_NODES = 1000;

export interface LayoutOptions {
  /** The ELK to use; by default a same-thread elk.bundled.js instance (see elkRunner.ts). */
  readonly elk?: ElkProvider;
  /** Fall back to the grid when ELK has not finished by then (effective only with a worker-based ELK). */
  readonly timeoutMs?: number;
  /** Past this many nodes to lay out, use the grid straight away. */
  readonly maxElkNodes?: number;
}

export interface LayoutResult {
  /** Positions for the nodes laid out, a size for every container; everything else unchanged. */
  readonly diagram: Diagram;
  /** 'none': there was nothing to lay out, and `diagram` is the input itself. */
  readonly method: 'elk' | 'grid' | 'none';
  /** Why the grid was used ('size', 'timeout', 'error'); absent with ELK. */
  readonly fallback?: 'size' | 'timeout' | 'error';
  /** A sentence for the user when the grid stood in for the full layout. */
  readonly notice?: string;
}

/** Lays out the whole diagram, every position and container size. */
export function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): Promise<LayoutResult> {
  const tree = buildTree(diagram);
  if (diagram.nodes.length === 0) return Promise.resolve({ diagram, method: 'none' });
  return layoutScopes(diagram, tree, [WHOLE_DIAGRAM], options, []);
}

/** Lays out what is inside one container (all of it, nested containers too); the container keeps its place and grows or shrinks to fit. */
export function layoutContainer(diagram: Diagram, containerId: string, options: LayoutOptions = {}): Promise<LayoutResult> {
  const tree = buildTree(diagram);
  const container = tree.byId.get(containerId);
  if (container === undefined || !isContainerType(container.type) || childrenOf(tree, containerId).length === 0) {
    return Promise.resolve({ diagram, method: 'none' });
  }
  return layoutScopes(diagram, tree, [{ root: containerId, expand: () => true }], options, []);
}

/**
 * The rule on load: a container any of whose children lacks a position has
 * its children laid out; top-level nodes without a position are placed
 * around what is already there (Internet and corporate network at the left,
 * regional services at the right, the rest below), or, when no top-level
 * node has a position, the top level is laid out. Everything else keeps its
 * place; containers grow to fit what moved inside them.
 */
export function layoutMissing(diagram: Diagram, options: LayoutOptions = {}): Promise<LayoutResult> {
  const tree = buildTree(diagram);
  const { scopes, unplaced } = missingScopes(tree);
  if (scopes.length === 0 && unplaced.length === 0) return Promise.resolve({ diagram, method: 'none' });
  return layoutScopes(diagram, tree, scopes, options, unplaced, true);
}

async function layoutScopes(
  diagram: Diagram,
  tree: Tree,
  scopes: readonly LayoutScope[],
  options: LayoutOptions,
  unplaced: readonly string[],
  keepRootSizes = false,
): Promise<LayoutResult> {
  const count = scopes.reduce((sum, s) => sum + nodesIn(tree, s), 0);
  const limit = options.maxElkNodes ?? MAX_ELK_NODES;
  if (count > limit) {
    const notice = `This diagram has ${count.toLocaleString('en-US')} nodes to lay out; past ${limit.toLocaleString('en-US')} Ramparts lays them out on a simple grid instead of the full layout.`;
    return grid(diagram, tree, scopes, unplaced, keepRootSizes, 'size', notice);
  }
  const graphs = scopes.map((s) => toElkGraph(diagram, s, tree));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const outcome = await runElk(graphs, options.elk, timeoutMs);
  if (!outcome.ok) {
    const notice =
      outcome.reason === 'timeout'
        ? `The layout took longer than ${formatSeconds(timeoutMs)}, so Ramparts laid the nodes out on a simple grid instead.`
        : `The layout engine failed (${outcome.message ?? 'unknown error'}), so Ramparts laid the nodes out on a simple grid instead.`;
    return grid(diagram, tree, scopes, unplaced, keepRootSizes, outcome.reason, notice);
  }
  const placements = outcome.graphs.map((g) => placementFromElk(g, diagram, tree));
  return { diagram: finish(diagram, tree, scopes, placements, unplaced, keepRootSizes), method: 'elk' };
}

function grid(
  diagram: Diagram,
  tree: Tree,
  scopes: readonly LayoutScope[],
  unplaced: readonly string[],
  keepRootSizes: boolean,
  fallback: 'size' | 'timeout' | 'error',
  notice: string,
): LayoutResult {
  const placements = scopes.map((s) => gridPlacement(diagram, s, tree));
  return { diagram: finish(diagram, tree, scopes, placements, unplaced, keepRootSizes), method: 'grid', fallback, notice };
}

function finish(
  diagram: Diagram,
  tree: Tree,
  scopes: readonly LayoutScope[],
  placements: readonly Placement[],
  unplaced: readonly string[],
  keepRootSizes: boolean,
): Diagram {
  const merged = placements.length === 1 && !keepRootSizes ? placements[0]! : mergePlacements(placements);
  if (keepRootSizes) {
    // On load a container that keeps its place keeps at least its size, so nothing around it shifts.
    const sizes = merged.sizes as Map<string, Size>;
    for (const { root } of scopes) {
      const stored = tree.byId.get(root)?.size;
      const laid = sizes.get(root);
      if (stored !== undefined && laid !== undefined) {
        sizes.set(root, { width: Math.max(stored.width, laid.width), height: Math.max(stored.height, laid.height) });
      }
    }
  }
  return finishLayout(
    applyPlacement(diagram, merged),
    scopes.map((s) => s.root).filter((r) => r !== CANVAS),
    unplaced,
  );
}

function mergePlacements(placements: readonly Placement[]): Placement {
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  for (const p of placements) {
    for (const [id, v] of p.positions) positions.set(id, v);
    for (const [id, v] of p.sizes) sizes.set(id, v);
  }
  return { positions, sizes };
}

/** How many nodes a scope moves: the children of its root and of every expanded container below. */
function nodesIn(tree: Tree, scope: LayoutScope): number {
  let count = 0;
  const visit = (id: string): void => {
    for (const child of childrenOf(tree, id)) {
      count++;
      if (isContainerType(child.type) && scope.expand(child.id)) visit(child.id);
    }
  };
  visit(scope.root);
  return count;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
