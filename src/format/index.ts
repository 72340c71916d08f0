export { readDiagram, readDiagramText, type ReadResult } from './readDiagram';
export { writeDiagram, canonicalDiagram } from './writeDiagram';
export { MAX_BYTES, MAX_EDGES, MAX_NODES } from './limits';
