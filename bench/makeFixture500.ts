/**
 * Derives the 500-node fixture the UI benchmark needs from the fixed
 * 1,000-node one: the first VPCs (with everything inside them) until about
 * 500 nodes, plus the top-level nodes their edges reach. Deterministic;
 * `tsx bench/makeFixture500.ts` rewrites bench/fixtures/design-500.ramparts.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDiagramText } from '../src/format/readDiagram';
import { writeDiagram } from '../src/format/writeDiagram';
import type { Diagram, DiagramNode } from '../src/model/types';

export function derive500(source: Diagram, target = 500): Diagram {
  const byId = new Map(source.nodes.map((n) => [n.id, n]));
  const vpcOf = (n: DiagramNode): string | undefined => {
    for (let p: DiagramNode | undefined = n; p !== undefined; p = p.parent === undefined ? undefined : byId.get(p.parent)) {
      if (p.type === 'vpc') return p.id;
    }
    return undefined;
  };
  const vpcs = source.nodes.filter((n) => n.type === 'vpc').map((n) => n.id);
  const kept = new Set<string>();
  const grow = () => {
    // Top-level nodes reached by edges from what is kept, and the outside world.
    for (const e of source.edges) {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      if (kept.has(s.id) && t.parent === undefined) kept.add(t.id);
      if (kept.has(t.id) && s.parent === undefined) kept.add(s.id);
    }
    for (const n of source.nodes) if (n.type === 'internet' || n.type === 'corporate-network') kept.add(n.id);
  };
  // Whole VPCs until the design reaches the target size.
  for (const vpc of vpcs) {
    if (kept.size >= target) break;
    for (const n of source.nodes) if (vpcOf(n) === vpc) kept.add(n.id);
    grow();
  }
  return {
    ...source,
    title: 'Generated 500-node design (derived from the 1,000-node one)',
    nodes: source.nodes.filter((n) => kept.has(n.id)),
    edges: source.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

const dir = join(import.meta.dirname, 'fixtures');
if (process.argv[1]?.endsWith('makeFixture500.ts')) {
  const read = readDiagramText(readFileSync(join(dir, 'design-1000.ramparts.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const d = derive500(read.diagram);
  writeFileSync(join(dir, 'design-500.ramparts.json'), writeDiagram(d));
  console.log(`design-500: ${d.nodes.length} nodes, ${d.edges.length} edges`);
}
