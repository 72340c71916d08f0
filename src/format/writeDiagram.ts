/**
 * Canonical JSON, as diagram-format.md defines it: keys in the spec's order,
 * nodes and edges in diagram order, props equal to their default omitted,
 * two-space indentation and a final newline. Reading then writing a canonical
 * file gives the same bytes, which keeps diffs and CI checks quiet.
 */
import { defaultSourceCidr } from '../catalog/resolveProps';
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { PropSpecs } from '../catalog/propSpec';
import type { Diagram, DiagramEdge, DiagramNode, PropValue, StoredProps, Suppression } from '../model/types';

export function writeDiagram(diagram: Diagram): string {
  return `${JSON.stringify(canonicalDiagram(diagram), null, 2)}\n`;
}

/*
 * Nodes and edges are immutable (an edit replaces the objects it changes), so
 * each one's canonical form is kept while the object lives: the editor
 * autosaves the whole diagram after every edit and every settled pan, and
 * re-deriving a thousand nodes' canonical props each time was a long task
 * (60-130 ms in the browser) for an edit that changed one node or none.
 * An edge's form also depends on its source node (sourceCidr's default).
 * The cached objects are shared: callers must not modify what they get.
 */
const nodeForms = new WeakMap<DiagramNode, Record<string, unknown>>();
const edgeForms = new WeakMap<DiagramEdge, { readonly source: DiagramNode | undefined; readonly form: Record<string, unknown> }>();

function nodeForm(node: DiagramNode): Record<string, unknown> {
  let form = nodeForms.get(node);
  if (form === undefined) {
    form = canonicalNode(node);
    nodeForms.set(node, form);
  }
  return form;
}

function edgeForm(edge: DiagramEdge, source: DiagramNode | undefined): Record<string, unknown> {
  const hit = edgeForms.get(edge);
  if (hit !== undefined && hit.source === source) return hit.form;
  const form = canonicalEdge(edge, source);
  edgeForms.set(edge, { source, form });
  return form;
}

/** The canonical object, for callers that embed it (share links, PNG chunks). Shared parts: do not modify it. */
export function canonicalDiagram(diagram: Diagram): Record<string, unknown> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const out: Record<string, unknown> = { format: diagram.format, version: diagram.version };
  if (diagram.title !== undefined) out['title'] = diagram.title;
  out['nodes'] = diagram.nodes.map(nodeForm);
  out['edges'] = diagram.edges.map((e) => edgeForm(e, byId.get(e.source)));
  if (diagram.suppressions !== undefined && diagram.suppressions.length > 0) {
    out['suppressions'] = diagram.suppressions.map(canonicalSuppression);
  }
  if (diagram.viewport !== undefined) {
    out['viewport'] = { x: diagram.viewport.x, y: diagram.viewport.y, zoom: diagram.viewport.zoom };
  }
  return out;
}

function canonicalNode(node: DiagramNode): Record<string, unknown> {
  const out: Record<string, unknown> = { id: node.id, type: node.type };
  if (node.label !== undefined) out['label'] = node.label;
  if (node.parent !== undefined) out['parent'] = node.parent;
  if (node.position !== undefined) out['position'] = { x: node.position.x, y: node.position.y };
  if (node.size !== undefined) out['size'] = { width: node.size.width, height: node.size.height };
  const props = canonicalProps(NODE_CATALOG[node.type].props, node.props, {});
  if (props !== undefined) out['props'] = props;
  if (node.notes !== undefined) out['notes'] = node.notes;
  return out;
}

function canonicalEdge(edge: DiagramEdge, source: DiagramNode | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target };
  if (edge.label !== undefined) out['label'] = edge.label;
  // sourceCidr's default depends on the source node (0.0.0.0/0 or the network's cidr).
  const defaults: Record<string, PropValue> = {};
  const sourceDefault = source === undefined ? undefined : defaultSourceCidr(source);
  if (sourceDefault !== undefined) defaults['sourceCidr'] = sourceDefault;
  const props = canonicalProps(EDGE_CATALOG[edge.kind].props, edge.props, defaults);
  if (props !== undefined) out['props'] = props;
  return out;
}

function canonicalSuppression(s: Suppression): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: s.rule, target: s.target, reason: s.reason };
  if (s.expires !== undefined) out['expires'] = s.expires;
  return out;
}

function canonicalProps(
  specs: PropSpecs,
  props: StoredProps | undefined,
  defaultOverrides: Readonly<Record<string, PropValue>>,
): Record<string, unknown> | undefined {
  if (props === undefined) return undefined;
  const out: Record<string, unknown> = {};
  // Known props in catalog (= spec) order, then unknown ones as they came.
  for (const key of Object.keys(specs)) {
    if (!Object.hasOwn(props, key)) continue;
    const value = props[key]!;
    const def = Object.hasOwn(defaultOverrides, key) ? defaultOverrides[key] : specs[key]!.default;
    if (!deepEqual(value, def as PropValue)) defineData(out, key, canonicalValue(value));
  }
  for (const key of Object.keys(props)) {
    if (!Object.hasOwn(specs, key)) defineData(out, key, canonicalValue(props[key]!));
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const ACL_KEYS = ['rule', 'direction', 'action', 'protocol', 'ports', 'cidr'];
const POLICY_KEYS = ['actions', 'resources'];

/** Known object shapes (ACL entries, policy statements) get their spec key order. */
function canonicalValue(value: PropValue): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v as PropValue));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const order = keys.includes('direction') && keys.includes('action') ? ACL_KEYS : keys.includes('actions') && keys.includes('resources') ? POLICY_KEYS : [];
    const out: Record<string, unknown> = {};
    for (const key of order) if (Object.hasOwn(value, key)) defineData(out, key, canonicalValue((value as Record<string, PropValue>)[key]!));
    for (const key of keys) if (!order.includes(key)) defineData(out, key, canonicalValue((value as Record<string, PropValue>)[key]!));
    return out;
  }
  return value;
}

/** Assigning a key named "__proto__" would set the prototype; define it as data instead. */
function defineData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepEqual(a: PropValue | undefined, b: PropValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as readonly PropValue[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, PropValue>)[k], (b as Record<string, PropValue>)[k]));
}
