import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App';
import { beginStartup } from './library/useStartup';
import { prepareToOpen } from './canvas/prepareToOpen';
import { useEditor } from './store/editorStore';

/**
 * Longest the first render waits for the start-up document and its icon
 * bitmaps (ms). Reading the document from IndexedDB is a few round trips,
 * each answered only between main-thread tasks. Rendering the editor's frame
 * first (some 150 ms of CPU, traced) held those answers back, and the canvas
 * was then rendered in a second pass. Waiting renders both at once: the
 * 1,000-node design was on screen in 1.41 s instead of 1.54 (medians of
 * eight loads each, interleaved). Meanwhile index.html shows a static frame;
 * slow or stuck storage still gets the editor after this long.
 */
const FIRST_RENDER_WAIT_MS = 600;

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html is missing the #root element');
}
const root = createRoot(container);

function render(): void {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Start-up reports its own failures (useStartup); whatever happens, the editor renders.
const opened = beginStartup().then(() => prepareToOpen(useEditor.getState().diagram));
void Promise.race([opened, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(render, render);
