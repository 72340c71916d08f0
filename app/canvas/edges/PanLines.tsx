/**
 * A large design's lines while its pane is dragged (see usePanLines for
 * why): one canvas in the viewport, drawn over the view and a margin around
 * it, that a pan moves as an image. It is drawn again only when the view
 * leaves that area (panArea) or the lines change.
 * The lines are the zoomed-out layer's (useOverviewGroups): straight,
 * between the same borders as React Flow's, arrowheads at targets, red when
 * in error. A dashed kind is drawn solid and lighter, about the ink of its
 * dashes: dashing hundreds of long lines is what costs most to rasterise.
 */
import { useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EDGE_KINDS, type EdgeKind } from '../../../src/catalog/kinds';
import { EDGE_LOOK } from './edgeStyle';
import type { OverviewEdge, OverviewGroup } from './overviewPaths';
import type { Rect } from '../../../src/model/geometry';
import { panAreaAround, panAreaCovers, panAreaPieces, type PaneView, type PanArea } from './panArea';
import { useOverviewGroups } from './useOverviewGroups';

/** The opacity a dashed kind is drawn at. */
const DASHED_OPACITY = 0.6;

interface Props {
  readonly edges: readonly OverviewEdge[];
}

function viewOf(s: ReactFlowState): PaneView {
  return { x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height };
}

type Colours = (group: OverviewGroup) => string;

/**
 * The theme's edge colours, from the custom properties the SVG edges are drawn with. Read while rendering,
 * before React commits the pan's changes: read after them, the browser first restyles the page (20 ms, traced).
 */
function themeColours(): Colours {
  const style = getComputedStyle(document.documentElement);
  const colours = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, style.getPropertyValue(`--edge-${kind}`).trim()])) as Record<EdgeKind, string>;
  const alert = style.getPropertyValue('--edge-alert').trim();
  return (g) => (g.alert ? alert : colours[g.kind]);
}

/** Each group's paths, parsed once: a group is the same object until its edges change (overviewPaths). */
const parsed = new WeakMap<OverviewGroup, { readonly lines: Path2D; readonly arrows: Path2D }>();

function pathsOf(g: OverviewGroup): { readonly lines: Path2D; readonly arrows: Path2D } {
  let paths = parsed.get(g);
  if (paths === undefined) {
    paths = { lines: new Path2D(g.lines), arrows: new Path2D(g.arrows) };
    parsed.set(g, paths);
  }
  return paths;
}

/** Draws the lines that fall in `piece` (diagram units) onto the canvas, which holds `area`. */
function drawPiece(ctx: CanvasRenderingContext2D, groups: readonly OverviewGroup[], area: PanArea, piece: Rect, colourOf: Colours): void {
  ctx.save();
  ctx.setTransform(area.scale, 0, 0, area.scale, -area.x * area.scale, -area.y * area.scale);
  ctx.beginPath();
  ctx.rect(piece.x, piece.y, piece.width, piece.height);
  ctx.clip();
  for (const g of groups) {
    const colour = colourOf(g);
    const look = EDGE_LOOK[g.kind];
    ctx.globalAlpha = look.dash === undefined ? 1 : DASHED_OPACITY;
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = look.width;
    const paths = pathsOf(g);
    ctx.stroke(paths.lines);
    ctx.fill(paths.arrows);
  }
  ctx.restore();
}

export const PanLines = memo(function PanLines({ edges }: Props) {
  const groups = useOverviewGroups(edges);
  const store = useStoreApi();
  const [area, setArea] = useState(() => panAreaAround(viewOf(store.getState()), devicePixelRatio));
  const canvas = useRef<HTMLCanvasElement>(null);
  const [colours] = useState(themeColours);
  useEffect(
    () =>
      store.subscribe((s) => {
        const view = viewOf(s);
        if (!panAreaCovers(area, view)) setArea(panAreaAround(view, devicePixelRatio));
      }),
    [store, area],
  );
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx == null) return;
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    // What is in view now, in this frame; the margins one a frame after (see panAreaPieces).
    const [first, ...rest] = panAreaPieces(area, viewOf(store.getState()));
    if (first !== undefined) drawPiece(ctx, groups, area, first, colours);
    let frame = 0;
    const next = () => {
      const piece = rest.shift();
      if (piece === undefined) return;
      drawPiece(ctx, groups, area, piece, colours);
      frame = requestAnimationFrame(next);
    };
    frame = requestAnimationFrame(next);
    return () => cancelAnimationFrame(frame);
  }, [store, groups, area, colours]);
  return (
    <ViewportPortal>
      <canvas
        ref={canvas}
        className="pan-lines"
        data-testid="pan-lines"
        aria-hidden="true"
        width={Math.round(area.width * area.scale)}
        height={Math.round(area.height * area.scale)}
        style={{ left: area.x, top: area.y, width: area.width, height: area.height }}
      />
    </ViewportPortal>
  );
});
