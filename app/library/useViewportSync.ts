/**
 * Keeps the canvas viewport and the open document in step: restores a stored
 * viewport when a document opens (winning over the Canvas's own fitView on
 * first mount), fits the view for documents without one, and reports the
 * viewport to autosave when it moves. Subscribes to the React Flow store
 * without rendering, so panning does not re-render the editor.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { openingViewport } from '../canvas/openingViewport';
import { useEditor } from '../store/editorStore';
import { noteViewport } from './autosave';
import { onViewportRequest, takeViewportRequest, viewportRequested } from './viewportRequest';
import { recordViewport } from './viewportTracking';

const HOME = { x: 0, y: 0, zoom: 1 };

export function useViewportSync(): void {
  const store = useStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    /** `mounting`: the canvas has just mounted and will fit the view itself. */
    const apply = (mounting: boolean) => {
      if (store.getState().panZoom === null || !viewportRequested()) return;
      const request = takeViewportRequest();
      if (request === undefined) return;
      const empty = useEditor.getState().diagram.nodes.length === 0;
      if (request.viewport !== undefined) {
        // The Canvas's fitView prop queues a fit until nodes are measured; the stored view wins.
        store.setState({ fitViewQueued: false });
        if (request.id !== undefined) recordViewport(request.id, request.viewport);
        void flow.setViewport(request.viewport);
      } else if (empty) {
        store.setState({ fitViewQueued: false });
        void flow.setViewport(HOME);
      } else if (!mounting) {
        // Fitted here and now (React Flow's fitView waits for a later render): whoever asked, such as a
        // layout about to switch the canvas out of its light form, finds the view already fitted.
        const { width, height } = store.getState();
        void flow.setViewport(openingViewport(useEditor.getState().diagram, undefined, width, height));
      }
    };
    let frame = 0;
    const unsubscribeStore = store.subscribe((state, prev) => {
      // The pane's zoom handlers and the fitView prop are set up by effects that run after
      // panZoom appears: apply on the next frame, before the nodes are measured and fitted.
      if (state.panZoom !== null && prev.panZoom === null) frame = requestAnimationFrame(() => apply(true));
      else if (state.transform !== prev.transform && !viewportRequested()) {
        const [x, y, zoom] = state.transform;
        noteViewport({ x, y, zoom });
      }
    });
    const unsubscribeRequests = onViewportRequest(() => apply(false));
    apply(false);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribeStore();
      unsubscribeRequests();
    };
  }, [store, flow]);
}
