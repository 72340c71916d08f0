/** The benchmark fixtures, read for layout tests (the project's copies in bench/fixtures). Test-only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDiagramText } from '../../format/readDiagram';
import type { Diagram } from '../../model/types';

const dir = fileURLToPath(new URL('../../../bench/fixtures/', import.meta.url));

export function fixture(nodes: 25 | 100 | 500 | 1000 | 5000): Diagram {
  const r = readDiagramText(readFileSync(join(dir, `design-${nodes}.ramparts.json`), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

/** The diagram with every position (and every size) taken away. */
export function withoutPlaces(diagram: Diagram): Diagram {
  return { ...diagram, nodes: diagram.nodes.map(({ position: _p, size: _s, ...rest }) => rest) };
}
