/**
 * Which nodes a drag is moving, and the layer the lines of their edges are
 * drawn in meanwhile (MovingLinesLayer).
 * Why a layer of their own: React Flow draws every edge in one element,
 * which index.css gives a compositor layer of its own (unless zoomed out),
 * so a still line is rasterised once. A line that moves with a node is drawn outside it, under
 * it, with the containers; each frame of a drag then rasterises again only
 * the moving lines, the dragged nodes and the containers' boxes they cross,
 * not every line around them. At 100% on the 1,000-node design the view a
 * drag can land on holds some 450 edges, 40% of them dashed: re-rasterising
 * the ones behind the moving lines, every frame, is what made one frame in
 * ten late (traced; with the dashes turned off, none was).
 */
import { create } from 'zustand';

export interface MovingLines {
  /** The nodes being dragged, with everything nested in them. */
  readonly nodes: ReadonlySet<string>;
  readonly layer: SVGSVGElement | null;
}

const NONE: ReadonlySet<string> = new Set();

const useMovingLines = create<MovingLines>()(() => ({ nodes: NONE, layer: null }));

export function startMoving(nodes: ReadonlySet<string>): void {
  useMovingLines.setState({ nodes: nodes.size === 0 ? NONE : nodes });
}

export function stopMoving(): void {
  if (useMovingLines.getState().nodes !== NONE) useMovingLines.setState({ nodes: NONE });
}

/** MovingLinesLayer's ref: the element the lines go into, null once it is gone. */
export function setMovingLayer(layer: SVGSVGElement | null): void {
  useMovingLines.setState({ layer });
}

/** Where the edge from `source` to `target` draws its line: the moving layer while either end is dragged, else undefined (in place). */
export function movingLayerOf(state: MovingLines, source: string, target: string): SVGSVGElement | undefined {
  return (state.nodes.has(source) || state.nodes.has(target)) && state.layer !== null ? state.layer : undefined;
}

/** movingLayerOf for one edge, kept up to date: it changes only when a drag starts or stops. */
export function useMovingLayer(source: string, target: string): SVGSVGElement | undefined {
  return useMovingLines((s) => movingLayerOf(s, source, target));
}
