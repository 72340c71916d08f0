/**
 * `npm run bench`: the engine's figures on the fixed fixtures in
 * bench/fixtures (see bench/README.md). Prints a table, or one JSON object
 * with --json. Timings are medians of many runs in this Node process.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { readDiagramText } from '../src/format/readDiagram';
import { writeDiagram } from '../src/format/writeDiagram';
import type { Diagram } from '../src/model/types';
import { GraphIndex } from '../src/model/graphIndex';
import { RULES } from '../src/rules/registry';
import { validate } from '../src/rules/validate';
import { encodeSharePayload } from '../src/share/shareLink';
import { drawioLinkLength } from './drawioLink';
import { measure, median, round } from './stats';
import { runLayoutBench } from './layoutBench';

const dir = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');

function read(text: string): Diagram {
  const r = readDiagramText(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

/** The link a user shares is the fragment; the base address is the same for both tools, so it is left out of both. */
const linkChars = (d: Diagram) => `#d=${encodeSharePayload(d)}`.length;

export function runBench(): Record<string, number> {
  const out: Record<string, number> = {};
  const now = new Date('2027-01-01T00:00:00Z');
  for (const n of [1000, 5000]) {
    const text = fixture(`design-${n}.ramparts.json`);
    const runs = n === 1000 ? 40 : 15;
    out[`parse_ms_${n}`] = measure(runs, () => text, (t) => JSON.parse(t));
    out[`read_ms_${n}`] = measure(runs, () => text, (t) => readDiagramText(t));
    // Fresh diagram objects for every run, so no per-node cache is warm.
    out[`validate_ms_${n}`] = measure(runs, () => read(text), (d) => validate(d, { now }));
    out[`write_ms_${n}`] = measure(runs, () => read(text), (d) => writeDiagram(d));
  }
  for (const n of [25, 100]) {
    out[`link_chars_${n}`] = linkChars(read(fixture(`design-${n}.ramparts.json`)));
    out[`drawio_chars_${n}`] = drawioLinkLength(fixture(`design-${n}.drawio.xml`));
  }
  for (const [k, v] of Object.entries(out)) out[k] = round(v);
  return out;
}

function ratios(r: Record<string, number>): [string, number, string][] {
  const layout: [string, number, string][] =
    r['layout_ms_100'] === undefined
      ? []
      : [
          ['layout 100 / raw elkjs 100', r['layout_ms_100']! / r['elk_ms_100']!, '≤ 1.1'],
          ['layout 1,000 / raw elkjs 1,000', r['layout_ms_1000']! / r['elk_ms_1000']!, '≤ 1.1'],
        ];
  return [
    ...layout,
    ['validate 1,000 / JSON.parse', r['validate_ms_1000']! / r['parse_ms_1000']!, '≤ 3'],
    ['validate 5,000 / validate 1,000', r['validate_ms_5000']! / r['validate_ms_1000']!, '≤ 6'],
    ['link 25 / draw.io 25', r['link_chars_25']! / r['drawio_chars_25']!, '≤ 0.4'],
    ['link 100 / draw.io 100', r['link_chars_100']! / r['drawio_chars_100']!, '≤ 0.4'],
  ];
}

/**
 * `--rules`: where validate_ms_1000 goes. Each run indexes a freshly read
 * diagram and times every rule's check on it, as validate runs them; the
 * medians (ms), largest first, plus the index itself. Not part of the
 * targets: a breakdown for profiling.
 */
function ruleBreakdown(): [string, number][] {
  const text = fixture('design-1000.ramparts.json');
  const inputs = Array.from({ length: 43 }, () => read(text));
  const times = new Map<string, number[]>([['(graph index)', []]]);
  for (const diagram of inputs) {
    let t0 = performance.now();
    const index = new GraphIndex(diagram);
    times.get('(graph index)')!.push(performance.now() - t0);
    for (const rule of RULES) {
      t0 = performance.now();
      rule.check(index, () => undefined);
      const list = times.get(rule.id) ?? [];
      list.push(performance.now() - t0);
      times.set(rule.id, list);
    }
  }
  // The first three runs are the warm-up, as in measure().
  return [...times].map(([id, t]) => [id, round(median(t.slice(3)), 3)] as [string, number]).sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  if (process.argv.includes('--rules')) {
    for (const [id, ms] of ruleBreakdown()) console.log(`${id.padEnd(44)} ${ms.toFixed(3).padStart(8)}`);
    return;
  }
  const result: Record<string, number> = runBench();
  // Layout runs elkjs for seconds per 1,000-node run; --no-layout skips it.
  if (!process.argv.includes('--no-layout')) Object.assign(result, await runLayoutBench());
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`Ramparts engine benchmark · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
  console.log('');
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(20)} ${String(v).padStart(10)}`);
  console.log('');
  console.log('target                               ratio   target');
  for (const [name, value, target] of ratios(result)) console.log(`${name.padEnd(34)} ${value.toFixed(2).padStart(6)}   ${target}`);
}

await main();
