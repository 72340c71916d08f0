/**
 * Layout figures for `npm run bench`: our layout (diagram -> ELK graph ->
 * ELK -> diagram) against raw elkjs on exactly the same graph, on the
 * 100- and 1,000-node fixtures with their positions taken away, plus the
 * grid fallback on 1,000 and 5,000 nodes. Medians in this Node process,
 * the two contenders interleaved so machine load falls on both alike.
 * ELK runs synchronously here, so one 1,000-node run takes seconds: few runs.
 * Ours uses its default ELK (elk.bundled.js, loaded once); raw ELK its own instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import { readDiagramText } from '../src/format/readDiagram';
import { gridLayout } from '../src/layout/gridLayout';
import { layoutDiagram } from '../src/layout/layoutDiagram';
import { toElkGraph } from '../src/layout/elkGraph';
import type { Diagram } from '../src/model/types';
import { measure, median, round } from './stats';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));

function bare(n: number): Diagram {
  const r = readDiagramText(readFileSync(join(dir, `design-${n}.ramparts.json`), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return { ...r.diagram, nodes: r.diagram.nodes.map(({ position: _p, size: _s, ...rest }) => rest) };
}

export interface LayoutFigures {
  layout_ms_100: number;
  layout_ms_1000: number;
  elk_ms_100: number;
  elk_ms_1000: number;
  grid_ms_1000: number;
  grid_ms_5000: number;
}

export async function runLayoutBench(options: { runs100?: number; runs1000?: number } = {}): Promise<LayoutFigures> {
  const elk = new ELK();
  const out: Record<string, number> = {};
  for (const [n, runs] of [
    [100, options.runs100 ?? 9],
    [1000, options.runs1000 ?? 3],
  ] as const) {
    const d = bare(n);
    const ours: number[] = [];
    const raw: number[] = [];
    const timeRaw = async (): Promise<number> => {
      // The graph for raw ELK is built untimed; ours is timed from diagram to diagram.
      const graph = toElkGraph(d);
      collectGarbage();
      const t0 = performance.now();
      await elk.layout(graph);
      return performance.now() - t0;
    };
    const timeOurs = async (): Promise<number> => {
      collectGarbage();
      const t0 = performance.now();
      const r = await layoutDiagram(d);
      const t = performance.now() - t0;
      if (r.method !== 'elk') throw new Error(`layout of ${n} nodes used ${r.method}`);
      return t;
    };
    if (n === 100) {
      // Warm-up, once: ELK's code is compiled by then for the 1,000-node runs too.
      await timeRaw();
      await timeOurs();
    }
    for (let i = 0; i < runs; i++) {
      // Alternate who goes first, so neither always inherits the other's garbage or a warmer cache.
      if (i % 2 === 0) {
        raw.push(await timeRaw());
        ours.push(await timeOurs());
      } else {
        ours.push(await timeOurs());
        raw.push(await timeRaw());
      }
    }
    out[`layout_ms_${n}`] = round(median(ours));
    out[`elk_ms_${n}`] = round(median(raw));
  }
  for (const n of [1000, 5000]) {
    const d = bare(n);
    out[`grid_ms_${n}`] = round(measure(n === 1000 ? 30 : 10, () => d, gridLayout));
  }
  return out as unknown as LayoutFigures;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}
