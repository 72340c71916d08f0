/** Arrowheads per edge kind (and for a selected edge), defined once for the whole canvas. */
import { EDGE_KINDS } from '../../../src/catalog/kinds';
import { EDGE_LOOK } from './edgeStyle';

export function EdgeMarkers() {
  const markers = EDGE_KINDS.flatMap((kind) => [
    { id: `arrow-${kind}`, color: EDGE_LOOK[kind].color },
    { id: `arrow-${kind}-selected`, color: '#0284c7' },
  ]);
  return (
    <svg className="pointer-events-none absolute h-0 w-0" aria-hidden="true">
      <defs>
        {markers.map((m) => (
          <marker key={m.id} id={m.id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={m.color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
