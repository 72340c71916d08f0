/**
 * An edge's stroke as React Flow's BaseEdge draws it (a visible path and a
 * wider invisible one to aim at), but only the part near the view, and a
 * dashed line in short pieces: clipSegment and dashPieces say why.
 */
import type { CSSProperties } from 'react';
import type { ClippedSegment } from './clipSegment';
import { dashPieces } from './dashPieces';

/** Longest piece of a dashed line, in screen pixels: a few 256 px raster tiles. */
const PIECE_PX = 512;

interface Props {
  readonly id: string;
  readonly line: ClippedSegment;
  /** The kind's dash array (undefined when solid, or dashed only by a stylesheet, which is then not cut). */
  readonly dash: string | undefined;
  /** The zoom the clip region was made for, to size the pieces on screen. */
  readonly zoom: number;
  readonly strokeWidth: number;
  readonly className: string;
  readonly markerEnd: string;
}

export function EdgeLine({ id, line, dash, zoom, strokeWidth, className, markerEnd }: Props) {
  const pieces = dashPieces(line, dash, PIECE_PX / zoom);
  return (
    <>
      {pieces.map((p, i) => {
        const style: CSSProperties = { strokeWidth, strokeDasharray: dash, strokeDashoffset: p.offset === 0 ? undefined : p.offset };
        const last = i === pieces.length - 1;
        return (
          <path
            key={p.key}
            id={i === 0 ? id : undefined}
            d={`M ${p.sx} ${p.sy} L ${p.tx} ${p.ty}`}
            fill="none"
            className={`react-flow__edge-path ${className}`}
            style={style}
            // The arrowhead only where the edge really ends, not where the clip cuts it.
            markerEnd={last && line.endKept ? markerEnd : undefined}
          />
        );
      })}
      <path d={`M ${line.sx} ${line.sy} L ${line.tx} ${line.ty}`} fill="none" strokeOpacity={0} strokeWidth={10} className="react-flow__edge-interaction" />
    </>
  );
}
