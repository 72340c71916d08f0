/**
 * The minimap: the diagram's containers and resources in a few paths
 * (minimapShapes), the view's rectangle, and React Flow's own minimap
 * gestures (drag to pan, wheel to zoom: XYMinimap from @xyflow/system, which
 * React Flow's MiniMap uses too). The shapes are worked out again only when
 * the nodes change; a pan re-renders the frame and the shaded mask, nothing
 * per node. It keeps React Flow's class names, so the theme's colours and the
 * tests' selectors apply to it as they did to React Flow's.
 */
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { useEditor } from '../../store/editorStore';
import { minimapFrame, minimapShapes } from './minimapShapes';

const WIDTH = 200;
const HEIGHT = 150;

/** The view as numbers (compared with `shallow`, so the minimap re-renders only when one of them changes). */
const viewOf = (s: ReactFlowState) => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height, panZoom: s.panZoom, extent: s.translateExtent });

export const DiagramMiniMap = memo(function DiagramMiniMap({ label }: { readonly label: string }) {
  const nodes = useEditor((s) => s.diagram.nodes);
  const shapes = useMemo(() => minimapShapes(nodes), [nodes]);
  const view = useStore(viewOf, shallow);
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const visible = { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  const frame = minimapFrame(shapes.bounds, visible, WIDTH, HEIGHT);
  // Read by the gestures when they start, so a drag is scaled by the frame drawn at the time.
  const scale = useRef(frame.scale);
  scale.current = frame.scale;
  const gestures = useRef<XYMinimapInstance | undefined>(undefined);

  useEffect(() => {
    if (svg.current === null || view.panZoom === null) return;
    gestures.current = XYMinimap({ domNode: svg.current, panZoom: view.panZoom, getTransform: () => store.getState().transform, getViewScale: () => scale.current });
    return () => {
      gestures.current?.destroy();
      gestures.current = undefined;
    };
  }, [view.panZoom, store]);
  useEffect(() => {
    gestures.current?.update({ translateExtent: view.extent, width: view.width, height: view.height, pannable: true, zoomable: true, zoomStep: 1 });
  }, [view.panZoom, view.extent, view.width, view.height]);

  const { viewBox } = frame;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg ref={svg} width={WIDTH} height={HEIGHT} viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`} className="react-flow__minimap-svg" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {shapes.containers.map((d, level) => (
          <path key={level} className="minimap-containers" d={d} />
        ))}
        <path className="minimap-resources" d={shapes.resources} />
        <path className="react-flow__minimap-mask" d={frame.mask} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
});
