/**
 * read(unknown) -> Diagram | errors. Everything loaded (file, link, autosave,
 * paste) comes through here and is treated as hostile: limits are checked
 * before any heavy work, every error names the node, edge, prop, suppression
 * or field it concerns, and a diagram is returned only when there are none,
 * so nothing is ever half-applied.
 */
import type { NodeType } from '../catalog/kinds';
import { NODE_CATALOG, describeParents } from '../catalog/nodeCatalog';
import { isPlainObject } from '../model/guards';
import { CURRENT_VERSION, FORMAT_ID, type Diagram, type DiagramEdge, type DiagramNode, type Suppression } from '../model/types';
import { MAX_BYTES, MAX_EDGES, MAX_ERRORS, MAX_NODES, MAX_TITLE, exceedsByteLimit, formatBytes, utf8Length } from './limits';
import { migrate } from './migrations';
import { ErrorList, readEdgeShell, readNodeShell, describeValue } from './readParts';
import { readProps } from './readProps';
import { readSuppression } from './readSuppression';
import { ID_PATTERN, viewportSchema } from './schema';
import { edgeAllowed, EDGE_CATALOG } from '../catalog/edgeCatalog';

export type ReadResult =
  | { readonly ok: true; readonly diagram: Diagram; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Parse JSON text (a file, a paste) and read it. */
export function readDiagramText(text: string): ReadResult {
  if (exceedsByteLimit(text)) {
    const bytes = utf8Length(text);
    return fail(`the file is ${formatBytes(bytes)} (${bytes.toLocaleString('en-US')} bytes); a diagram may be at most ${formatBytes(MAX_BYTES)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return readDiagram(value);
}

export function readDiagram(value: unknown): ReadResult {
  if (!isPlainObject(value)) return fail(`not a Ramparts diagram: expected a JSON object, got ${describeValue(value)}`);
  if (value['format'] !== FORMAT_ID) {
    return fail(`field "format": expected "${FORMAT_ID}", got ${describeValue(value['format'])}; this is not a Ramparts diagram`);
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(`field "version": expected a whole number, got ${describeValue(version)}`);
  }
  const migrated = migrate(value, version);
  if (!migrated.ok) return fail(migrated.error);
  const doc = migrated.doc;

  const errors = new ErrorList(MAX_ERRORS);
  const rawNodes = doc['nodes'];
  const rawEdges = doc['edges'];
  if (!Array.isArray(rawNodes)) errors.add(`field "nodes": expected a list of nodes, got ${describeValue(rawNodes)}`);
  if (!Array.isArray(rawEdges)) errors.add(`field "edges": expected a list of edges, got ${describeValue(rawEdges)}`);
  // Limits first: a hostile file must not make us validate a million nodes.
  if (Array.isArray(rawNodes) && rawNodes.length > MAX_NODES) {
    errors.add(`the diagram has ${rawNodes.length} nodes; at most ${MAX_NODES} are allowed`);
  }
  if (Array.isArray(rawEdges) && rawEdges.length > MAX_EDGES) {
    errors.add(`the diagram has ${rawEdges.length} edges; at most ${MAX_EDGES} are allowed`);
  }
  if (errors.count > 0) return fail(...errors.list());

  const title = readTitle(doc['title'], errors);
  const viewport = readViewport(doc['viewport'], errors);

  // Every id the file declares, even on items refused below: a reference to
  // a refused node is not a second error (it would bury the real one), and a
  // duplicate is a duplicate whether or not its first holder was valid.
  const declared = declaredIds(rawNodes as unknown[], rawEdges as unknown[], errors);

  const nodes: DiagramNode[] = [];
  const taken = new Set<string>();
  (rawNodes as unknown[]).forEach((raw, i) => {
    const shell = readNodeShell(raw, i, errors);
    if (shell === undefined || taken.has(shell.id)) return;
    taken.add(shell.id);
    const props = readProps(NODE_CATALOG[shell.type].props, shell.rawProps, `node "${shell.id}"`, errors);
    nodes.push(shell.build(props));
  });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) checkParent(node, byId, declared, errors);

  const edges: DiagramEdge[] = [];
  (rawEdges as unknown[]).forEach((raw, i) => {
    const shell = readEdgeShell(raw, i, errors);
    if (shell === undefined || taken.has(shell.id)) return;
    taken.add(shell.id);
    const where = `edge "${shell.id}"`;
    const source = byId.get(shell.source);
    const target = byId.get(shell.target);
    if (source === undefined && declared.get(shell.source) !== 'node') errors.add(`${where}: source "${shell.source}" is not a node of this diagram`);
    if (target === undefined && declared.get(shell.target) !== 'node') errors.add(`${where}: target "${shell.target}" is not a node of this diagram`);
    if (source === undefined || target === undefined) return;
    if (shell.source === shell.target) {
      errors.add(`${where}: an edge cannot join a node to itself ("${shell.source}")`);
      return;
    }
    if (!edgeAllowed(shell.kind, source.type, target.type)) {
      errors.add(`${where}: ${explainEndpoints(shell.kind, source, target)}`);
      return;
    }
    const props = readProps(EDGE_CATALOG[shell.kind].props, shell.rawProps, where, errors);
    if (props !== undefined && Object.hasOwn(props, 'sourceCidr') && source.type !== 'internet' && source.type !== 'corporate-network') {
      errors.add(`${where}: prop "sourceCidr" applies only to flows from internet or corporate-network; this flow starts at ${article(source.type)}`);
    }
    edges.push(shell.build(props));
  });

  const suppressions = readSuppressions(doc['suppressions'], declared, errors);

  if (errors.count > 0) return fail(...errors.list());
  const diagram: Diagram = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    ...(title === undefined ? {} : { title }),
    nodes,
    edges,
    ...(suppressions === undefined || suppressions.length === 0 ? {} : { suppressions }),
    ...(viewport === undefined ? {} : { viewport }),
  };
  return migrated.from === CURRENT_VERSION ? { ok: true, diagram } : { ok: true, diagram, migratedFrom: migrated.from };
}

function fail(...errors: string[]): ReadResult {
  return { ok: false, errors };
}

function readTitle(raw: unknown, errors: ErrorList): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    errors.add(`field "title": expected a string, got ${describeValue(raw)}`);
    return undefined;
  }
  if (raw.length > MAX_TITLE) errors.add(`field "title": ${raw.length} characters; at most ${MAX_TITLE} are allowed`);
  return raw;
}

function readViewport(raw: unknown, errors: ErrorList) {
  if (raw === undefined) return undefined;
  const parsed = viewportSchema.safeParse(raw);
  if (!parsed.success) {
    errors.add(`field "viewport": ${parsed.error.issues[0]?.message ?? 'expected {x, y, zoom}'}`);
    return undefined;
  }
  return { x: parsed.data.x, y: parsed.data.y, zoom: parsed.data.zoom };
}

function article(type: string): string {
  return /^[aeiou]/.test(type) || type === 'rds' ? `an ${type}` : `a ${type}`;
}

function declaredIds(rawNodes: readonly unknown[], rawEdges: readonly unknown[], errors: ErrorList): Map<string, 'node' | 'edge'> {
  const declared = new Map<string, 'node' | 'edge'>();
  const scan = (list: readonly unknown[], kind: 'node' | 'edge') => {
    for (const raw of list) {
      if (!isPlainObject(raw) || typeof raw['id'] !== 'string' || !ID_PATTERN.test(raw['id'])) continue;
      const id = raw['id'];
      const first = declared.get(id);
      if (first !== undefined) errors.add(`${kind} "${id}": id is used by another ${first}`);
      else declared.set(id, kind);
    }
  };
  scan(rawNodes, 'node');
  scan(rawEdges, 'edge');
  return declared;
}

function checkParent(
  node: DiagramNode,
  byId: ReadonlyMap<string, DiagramNode>,
  declared: ReadonlyMap<string, 'node' | 'edge'>,
  errors: ErrorList,
): void {
  const allowed = NODE_CATALOG[node.type].parents as readonly (NodeType | null)[];
  const where = `node "${node.id}"`;
  if (node.parent === undefined) {
    if (!allowed.includes(null)) errors.add(`${where}: ${article(node.type)} must sit ${describeParents(node.type)}; it has no parent`);
    return;
  }
  const parent = byId.get(node.parent);
  if (parent === undefined) {
    // A parent refused for its own error was reported already.
    if (declared.get(node.parent) === 'node') return;
    errors.add(`${where}: parent "${node.parent}" is not a node of this diagram`);
    return;
  }
  if (!allowed.includes(parent.type)) {
    errors.add(`${where}: parent "${parent.id}" is ${article(parent.type)}; ${article(node.type)} may sit ${describeParents(node.type)}`);
  }
}

function explainEndpoints(kind: DiagramEdge['kind'], source: DiagramNode, target: DiagramNode): string {
  const def = EDGE_CATALOG[kind];
  if (!(def.sources as readonly NodeType[]).includes(source.type)) {
    return `${article(kind)} edge cannot start at ${article(source.type)} ("${source.id}"); it may start at ${def.sources.join(', ')}`;
  }
  return `${article(kind)} edge cannot end at ${article(target.type)} ("${target.id}"); it may end at ${def.targets.join(', ')}`;
}

function readSuppressions(raw: unknown, ids: ReadonlyMap<string, 'node' | 'edge'>, errors: ErrorList): Suppression[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    errors.add(`field "suppressions": expected a list, got ${describeValue(raw)}`);
    return undefined;
  }
  const out: Suppression[] = [];
  raw.forEach((item, i) => {
    const s = readSuppression(item, i, ids, errors);
    if (s !== undefined) out.push(s);
  });
  return out;
}

