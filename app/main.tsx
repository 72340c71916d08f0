import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App';
import { beginStartup } from './library/useStartup';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html is missing the #root element');
}

// Reading the library takes a trip to IndexedDB: it starts now and runs while React renders the editor's frame.
void beginStartup();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
