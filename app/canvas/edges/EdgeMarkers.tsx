/** Arrowheads per edge kind (and for a selected or flagged edge), defined once for the whole canvas; colours from index.css. */
import { memo } from 'react';
import { EDGE_KINDS } from '../../../src/catalog/kinds';

/** Memoized: it has no props, and the canvas around it renders on every step of a drag. */
export const EdgeMarkers = memo(function EdgeMarkers() {
  const markers = EDGE_KINDS.flatMap((kind) => [
    { id: `arrow-${kind}`, className: `edge-marker edge-${kind}` },
    { id: `arrow-${kind}-selected`, className: 'edge-marker is-selected' },
    { id: `arrow-${kind}-alert`, className: 'edge-marker is-alert' },
  ]);
  return (
    <svg className="pointer-events-none absolute h-0 w-0" aria-hidden="true">
      <defs>
        {markers.map((m) => (
          <marker key={m.id} id={m.id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={m.className} />
          </marker>
        ))}
      </defs>
    </svg>
  );
});
