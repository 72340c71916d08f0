/** Diagram -> elkjs graph -> positions and container sizes; see layoutDiagram.ts. */
export { layoutContainer, layoutDiagram, layoutMissing, DEFAULT_TIMEOUT_MS, MAX_ELK_NODES } from './layoutDiagram';
export type { LayoutOptions, LayoutResult } from './layoutDiagram';
export { gridLayout } from './gridLayout';
export { fromElkGraph, toElkGraph, ELK_ROOT_OPTIONS } from './elkGraph';
export type { ElkLike, ElkProvider } from './elkRunner';
