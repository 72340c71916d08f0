/**
 * The share link's compact form of a diagram: positional arrays instead of
 * keyed objects, node types, edge kinds, rule ids and prop names as indexes
 * into the catalog, parents and edge ends as node indexes, and ACL entries
 * and policy statements as tuples. It starts from the canonical object (so
 * defaults are already dropped) and decodes back to a plain document that
 * then goes through the normal reader: a link is trusted no more than a file.
 *
 * Layout (codec version 1; absent fields are 0, trailing 0s are trimmed):
 *   [title, nodes, edges, suppressions, viewport]
 *   node  [id, type#, label, parent#+1, [x, y], props, [w, h], notes, unknownProps]
 *   edge  [id, kind#, source#, target#, label, props, unknownProps]
 *   props [prop#, value, prop#, value, ...] in catalog order
 *   acl entry [rule, direction#, action#, protocol#, ports, cidr]; statement [actions, resources]
 *   suppression [rule#, target, reason, expires]; viewport [x, y, zoom]
 */
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { EDGE_KINDS, NODE_TYPES, isEdgeKind, isNodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { PropSpecs } from '../catalog/propSpec';
import { canonicalDiagram } from '../format/writeDiagram';
import { isPlainObject } from '../model/guards';
import { CURRENT_VERSION, FORMAT_ID, type Diagram } from '../model/types';
import { RULE_IDS } from '../rules/ruleIds';

const DIRECTIONS = ['inbound', 'outbound'] as const;
const ACTIONS = ['allow', 'deny'] as const;
const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;

type Json = unknown;
type Obj = Record<string, unknown>;

function trim(list: Json[]): Json[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === 0) end--;
  return list.slice(0, end);
}

function encodeProps(specs: PropSpecs, props: Obj | undefined): [Json, Json] {
  if (props === undefined) return [0, 0];
  const keys = Object.keys(specs);
  const known: Json[] = [];
  let unknown: Obj | 0 = 0;
  for (const key of Object.keys(props)) {
    const i = keys.indexOf(key);
    const value = props[key];
    if (i < 0) {
      if (unknown === 0) unknown = {};
      Object.defineProperty(unknown, key, { value, enumerable: true });
      continue;
    }
    const kind = specs[key]!.kind;
    if (kind === 'acl') known.push(i, (value as Obj[]).map(encodeAclEntry));
    else if (kind === 'policies') known.push(i, (value as Obj[]).map((s) => [s['actions'], s['resources']]));
    else known.push(i, value);
  }
  return [known.length === 0 ? 0 : known, unknown];
}

function encodeAclEntry(e: Obj): Json[] {
  return [
    e['rule'],
    DIRECTIONS.indexOf(e['direction'] as never),
    ACTIONS.indexOf(e['action'] as never),
    PROTOCOLS.indexOf(e['protocol'] as never),
    e['ports'],
    e['cidr'],
  ];
}

export function toCompact(diagram: Diagram): Json[] {
  const doc = canonicalDiagram(diagram) as Obj;
  const nodes = doc['nodes'] as Obj[];
  const index = new Map(nodes.map((n, i) => [n['id'] as string, i]));
  const cNodes = nodes.map((n) => {
    const type = n['type'] as (typeof NODE_TYPES)[number];
    const [props, unknown] = encodeProps(NODE_CATALOG[type].props, n['props'] as Obj | undefined);
    const pos = n['position'] as Obj | undefined;
    const size = n['size'] as Obj | undefined;
    return trim([
      n['id'],
      NODE_TYPES.indexOf(type),
      n['label'] ?? 0,
      n['parent'] === undefined ? 0 : index.get(n['parent'] as string)! + 1,
      pos === undefined ? 0 : [pos['x'], pos['y']],
      props,
      size === undefined ? 0 : [size['width'], size['height']],
      n['notes'] ?? 0,
      unknown,
    ]);
  });
  const cEdges = (doc['edges'] as Obj[]).map((e) => {
    const kind = e['kind'] as (typeof EDGE_KINDS)[number];
    const [props, unknown] = encodeProps(EDGE_CATALOG[kind].props, e['props'] as Obj | undefined);
    return trim([
      e['id'],
      EDGE_KINDS.indexOf(kind),
      index.get(e['source'] as string),
      index.get(e['target'] as string),
      e['label'] ?? 0,
      props,
      unknown,
    ]);
  });
  const supp = doc['suppressions'] as Obj[] | undefined;
  const cSupp = supp === undefined ? 0 : supp.map((s) => trim([RULE_IDS.indexOf(s['rule'] as never), s['target'], s['reason'], s['expires'] ?? 0]));
  const vp = doc['viewport'] as Obj | undefined;
  return trim([doc['title'] ?? 0, cNodes, cEdges, cSupp, vp === undefined ? 0 : [vp['x'], vp['y'], vp['zoom']]]);
}

export class CompactError extends Error {}

function fail(message: string): never {
  throw new CompactError(message);
}

function list(value: Json, what: string): Json[] {
  if (value === 0 || value === undefined) return [];
  if (!Array.isArray(value)) fail(`${what} is not a list`);
  return value;
}

function optional(value: Json): Json {
  return value === 0 ? undefined : value;
}

function decodeProps(specs: PropSpecs, packed: Json, unknown: Json, where: string): Obj | undefined {
  if ((packed === 0 || packed === undefined) && (unknown === 0 || unknown === undefined)) return undefined;
  const keys = Object.keys(specs);
  const out = Object.create(null) as Obj;
  const items = list(packed, `${where} props`);
  if (items.length % 2 !== 0) fail(`${where} props are malformed`);
  for (let i = 0; i < items.length; i += 2) {
    const key = keys[items[i] as number];
    if (typeof items[i] !== 'number' || key === undefined) fail(`${where} names an unknown prop`);
    const value = items[i + 1];
    const kind = specs[key]!.kind;
    if (kind === 'acl') out[key] = list(value, `${where} networkAcl`).map((e) => decodeAclEntry(e, where));
    else if (kind === 'policies') {
      out[key] = list(value, `${where} policies`).map((s) => {
        if (!Array.isArray(s)) fail(`${where} has a malformed policy statement`);
        return { actions: s[0], resources: s[1] };
      });
    } else out[key] = value;
  }
  if (unknown !== 0 && unknown !== undefined) {
    if (!isPlainObject(unknown)) fail(`${where} has malformed extra props`);
    for (const key of Object.keys(unknown)) {
      Object.defineProperty(out, key, { value: unknown[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

function decodeAclEntry(e: Json, where: string): Obj {
  if (!Array.isArray(e)) fail(`${where} has a malformed network ACL entry`);
  return {
    rule: e[0],
    direction: DIRECTIONS[e[1] as number] ?? e[1],
    action: ACTIONS[e[2] as number] ?? e[2],
    protocol: PROTOCOLS[e[3] as number] ?? e[3],
    ports: e[4],
    cidr: e[5],
  };
}

/** Back to a plain document for `readDiagram`; throws CompactError on structure it cannot map. */
export function fromCompact(value: Json): Obj {
  if (!Array.isArray(value)) fail('the payload is not a Ramparts diagram');
  const [title, rawNodes, rawEdges, rawSupp, rawViewport] = value;
  const nodeIds: string[] = [];
  const nodes = list(rawNodes, 'nodes').map((n, i) => {
    if (!Array.isArray(n)) fail(`node ${i + 1} is not a list`);
    const [id, t, label, parent, pos, props, size, notes, unknown] = n;
    const type = NODE_TYPES[t as number];
    if (typeof t !== 'number' || !isNodeType(type)) fail(`node ${i + 1} has an unknown type`);
    nodeIds.push(String(id));
    const out: Obj = { id, type };
    if (optional(label) !== undefined) out['label'] = label;
    if (optional(parent) !== undefined) out['parent'] = parent;
    if (optional(pos) !== undefined) {
      if (!Array.isArray(pos)) fail(`node ${i + 1} has a malformed position`);
      out['position'] = { x: pos[0], y: pos[1] };
    }
    if (optional(size) !== undefined) {
      if (!Array.isArray(size)) fail(`node ${i + 1} has a malformed size`);
      out['size'] = { width: size[0], height: size[1] };
    }
    const p = decodeProps(NODE_CATALOG[type].props, props, unknown, `node ${i + 1}`);
    if (p !== undefined) out['props'] = p;
    if (optional(notes) !== undefined) out['notes'] = notes;
    return out;
  });
  // Parents are node indexes (+1) in the payload; map them back to ids.
  for (const node of nodes) {
    if (node['parent'] !== undefined) {
      const id = nodeIds[(node['parent'] as number) - 1];
      if (typeof node['parent'] !== 'number' || id === undefined) fail(`node "${String(node['id'])}" names a parent that is not in the payload`);
      node['parent'] = id;
    }
  }
  const edges = list(rawEdges, 'edges').map((e, i) => {
    if (!Array.isArray(e)) fail(`edge ${i + 1} is not a list`);
    const [id, k, s, t, label, props, unknown] = e;
    const kind = EDGE_KINDS[k as number];
    if (typeof k !== 'number' || !isEdgeKind(kind)) fail(`edge ${i + 1} has an unknown kind`);
    const source = nodeIds[s as number];
    const target = nodeIds[t as number];
    if (source === undefined || target === undefined) fail(`edge ${i + 1} joins nodes that are not in the payload`);
    const out: Obj = { id, kind, source, target };
    if (optional(label) !== undefined) out['label'] = label;
    const p = decodeProps(EDGE_CATALOG[kind].props, props, unknown, `edge ${i + 1}`);
    if (p !== undefined) out['props'] = p;
    return out;
  });
  const doc: Obj = { format: FORMAT_ID, version: CURRENT_VERSION };
  if (optional(title) !== undefined) doc['title'] = title;
  doc['nodes'] = nodes;
  doc['edges'] = edges;
  const supp = list(rawSupp, 'suppressions');
  if (supp.length > 0) {
    doc['suppressions'] = supp.map((s, i) => {
      if (!Array.isArray(s)) fail(`suppression ${i + 1} is not a list`);
      const out: Obj = { rule: RULE_IDS[s[0] as number] ?? s[0], target: s[1], reason: s[2] };
      if (optional(s[3]) !== undefined) out['expires'] = s[3];
      return out;
    });
  }
  if (optional(rawViewport) !== undefined) {
    if (!Array.isArray(rawViewport)) fail('the viewport is malformed');
    doc['viewport'] = { x: rawViewport[0], y: rawViewport[1], zoom: rawViewport[2] };
  }
  return doc;
}
