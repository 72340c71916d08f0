/**
 * An exposure finding's path, as the architect reads it: the nodes it passes
 * through from the Internet, by their names on the canvas ("Internet → ALB →
 * web 0 → orders db"). The engine reports the flows' ids (what the CLI and
 * SARIF carry, and what the canvas highlights); ids mean nothing on screen.
 */
import { NODE_CATALOG } from '../../src/catalog/nodeCatalog';
import type { Diagram, DiagramEdge, DiagramNode } from '../../src/model/types';

interface Lookup {
  readonly nodes: ReadonlyMap<string, DiagramNode>;
  readonly edges: ReadonlyMap<string, DiagramEdge>;
}

// Built once per diagram (a diagram object is never changed in place): every finding with a path shares it.
const lookups = new WeakMap<Diagram, Lookup>();

function lookupOf(diagram: Diagram): Lookup {
  let lookup = lookups.get(diagram);
  if (lookup === undefined) {
    lookup = { nodes: new Map(diagram.nodes.map((n) => [n.id, n])), edges: new Map(diagram.edges.map((e) => [e.id, e])) };
    lookups.set(diagram, lookup);
  }
  return lookup;
}

/** The names of the nodes along `flows` (edge ids, in order), or the ids themselves where the diagram has no such flows. */
export function pathHops(diagram: Diagram, flows: readonly string[]): readonly string[] {
  const { nodes, edges } = lookupOf(diagram);
  const path = flows.map((id) => edges.get(id));
  if (path.length === 0 || path.some((e) => e === undefined)) return flows;
  const name = (id: string) => {
    const node = nodes.get(id);
    return node === undefined ? id : (node.label ?? NODE_CATALOG[node.type].displayName);
  };
  return [name(path[0]!.source), ...path.map((e) => name(e!.target))];
}
