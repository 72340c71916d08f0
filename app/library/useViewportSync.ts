/**
 * Keeps the canvas viewport and the open document in step: when a document
 * opens, shows its stored viewport or fits the view (the canvas mounts at
 * that view already, see openingViewport), and reports the viewport to
 * autosave when it moves. Subscribes to the React Flow store
 * without rendering, so panning does not re-render the editor.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { openingViewport } from '../canvas/openingViewport';
import { useEditor } from '../store/editorStore';
import { noteViewport } from './autosave';
import { onViewportRequest, takeViewportRequest, viewportRequested } from './viewportRequest';
import { recordViewport } from './viewportTracking';

export function useViewportSync(): void {
  const store = useStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    /** `mounting`: the canvas has just mounted, at the view this request asks for (Canvas, openingViewport). */
    const apply = (mounting: boolean) => {
      if (store.getState().panZoom === null || !viewportRequested()) return;
      const request = takeViewportRequest();
      if (request === undefined) return;
      // The view a document opens at is known, not a move to save: a fitted one is fitted again on the next
      // opening, and writing the whole design back only to store it was a long task just after opening.
      const { width, height, transform } = store.getState();
      const view = mounting ? { x: transform[0], y: transform[1], zoom: transform[2] } : openingViewport(useEditor.getState().diagram, request, width, height);
      if (request.id !== undefined) recordViewport(request.id, view);
      if (mounting) return;
      // The stored view, the origin for an empty diagram, or the diagram fitted here and now (React Flow's
      // fitView waits for a later render): whoever asked, such as a layout about to switch the canvas out
      // of its light form, finds the view already in place.
      void flow.setViewport(view);
    };
    let frame = 0;
    const unsubscribeStore = store.subscribe((state, prev) => {
      // The pane's zoom handlers are set up by effects that run after panZoom appears: the request the
      // canvas mounted with is taken on the next frame, so a view change before then is not noted as the user's.
      if (state.panZoom !== null && prev.panZoom === null) frame = requestAnimationFrame(() => apply(true));
      // Not at each step of a pan with the pointer: autosave would write the whole design mid-pan (a long task
      // on a large one, which stuttered the pan); the view it ends at is noted when the pane is let go.
      else if (state.paneDragging) return;
      else if ((state.transform !== prev.transform || prev.paneDragging) && !viewportRequested()) {
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
