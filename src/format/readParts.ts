/** The reader's building blocks: an error list with a cap, and the shells of nodes and edges. */
import { isEdgeKind, isNodeType, NODE_TYPES, EDGE_KINDS, type EdgeKind, type NodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import { isPlainObject } from '../model/guards';
import type { DiagramEdge, DiagramNode, Point, Size, StoredProps } from '../model/types';
import { MAX_LABEL, MAX_NOTES } from './limits';
import { ID_PATTERN, pointSchema, sizeSchema } from './schema';

export class ErrorList {
  private readonly items: string[] = [];
  count = 0;
  constructor(private readonly max: number) {}

  add(message: string): void {
    this.count++;
    if (this.items.length < this.max) this.items.push(message);
  }

  list(): string[] {
    const hidden = this.count - this.items.length;
    return hidden > 0 ? [...this.items, `... and ${hidden} more ${hidden === 1 ? 'error' : 'errors'}`] : [...this.items];
  }
}

/** A short, safe description of a value for messages (never the whole value). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

export function checkId(raw: unknown, where: string, field: string, errors: ErrorList): string | undefined {
  if (typeof raw !== 'string') {
    errors.add(`${where}: field "${field}": expected a string id, got ${describeValue(raw)}`);
    return undefined;
  }
  if (!ID_PATTERN.test(raw)) {
    errors.add(
      `${where}: field "${field}": ${describeValue(raw)} is not a valid id (1-64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit)`,
    );
    return undefined;
  }
  return raw;
}

function readText(raw: unknown, where: string, field: string, max: number, errors: ErrorList): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    errors.add(`${where}: field "${field}": expected a string, got ${describeValue(raw)}`);
    return undefined;
  }
  if (raw.length > max) errors.add(`${where}: field "${field}": ${raw.length} characters; at most ${max} are allowed`);
  return raw;
}

/** The {x, y} or {width, height} object every saved node has; anything else goes to the schema for its message. */
function plainFields(raw: unknown): Record<string, unknown> | undefined {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}

function readPoint(raw: unknown, where: string, errors: ErrorList): Point | undefined {
  if (raw === undefined) return undefined;
  // Checked by hand first: a zod safeParse per node was a visible part of
  // opening a 1,000-node design. Same result as the schema's for a good point.
  const fields = plainFields(raw);
  const x = fields?.['x'];
  const y = fields?.['y'];
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  const parsed = pointSchema.safeParse(raw);
  if (!parsed.success) {
    errors.add(`${where}: field "position": ${parsed.error.issues[0]?.message ?? 'expected {x, y}'}`);
    return undefined;
  }
  return { x: parsed.data.x, y: parsed.data.y };
}

function readSize(raw: unknown, where: string, errors: ErrorList): Size | undefined {
  if (raw === undefined) return undefined;
  const fields = plainFields(raw);
  const width = fields?.['width'];
  const height = fields?.['height'];
  if (typeof width === 'number' && typeof height === 'number' && Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0) {
    return { width, height };
  }
  const parsed = sizeSchema.safeParse(raw);
  if (!parsed.success) {
    errors.add(`${where}: field "size": ${parsed.error.issues[0]?.message ?? 'expected {width, height}'}`);
    return undefined;
  }
  return { width: parsed.data.width, height: parsed.data.height };
}

function readRawProps(raw: unknown, where: string, errors: ErrorList): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw)) {
    errors.add(`${where}: field "props": expected an object, got ${describeValue(raw)}`);
    return undefined;
  }
  return raw;
}

export interface NodeShell {
  readonly id: string;
  readonly type: NodeType;
  readonly rawProps: Record<string, unknown> | undefined;
  build(props: StoredProps | undefined): DiagramNode;
}

export function readNodeShell(raw: unknown, index: number, errors: ErrorList): NodeShell | undefined {
  if (!isPlainObject(raw)) {
    errors.add(`nodes[${index}]: expected a node object, got ${describeValue(raw)}`);
    return undefined;
  }
  const id = checkId(raw['id'], `nodes[${index}]`, 'id', errors);
  if (id === undefined) return undefined;
  const where = `node "${id}"`;
  const type = raw['type'];
  if (!isNodeType(type)) {
    errors.add(`${where}: type ${describeValue(type)} is not a node type; expected one of ${NODE_TYPES.join(', ')}`);
    return undefined;
  }
  const before = errors.count;
  const label = readText(raw['label'], where, 'label', MAX_LABEL, errors);
  const parent = raw['parent'] === undefined ? undefined : checkId(raw['parent'], where, 'parent', errors);
  const position = readPoint(raw['position'], where, errors);
  // Sizes belong to containers; on anything else they mean nothing and are dropped.
  const size = NODE_CATALOG[type].container ? readSize(raw['size'], where, errors) : undefined;
  const notes = readText(raw['notes'], where, 'notes', MAX_NOTES, errors);
  const rawProps = readRawProps(raw['props'], where, errors);
  if (errors.count > before) return undefined;
  return {
    id,
    type,
    rawProps,
    build: (props) => ({
      id,
      type,
      ...(label === undefined ? {} : { label }),
      ...(parent === undefined ? {} : { parent }),
      ...(position === undefined ? {} : { position }),
      ...(size === undefined ? {} : { size }),
      ...(props === undefined ? {} : { props }),
      ...(notes === undefined ? {} : { notes }),
    }),
  };
}

export interface EdgeShell {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  readonly rawProps: Record<string, unknown> | undefined;
  build(props: StoredProps | undefined): DiagramEdge;
}

export function readEdgeShell(raw: unknown, index: number, errors: ErrorList): EdgeShell | undefined {
  if (!isPlainObject(raw)) {
    errors.add(`edges[${index}]: expected an edge object, got ${describeValue(raw)}`);
    return undefined;
  }
  const id = checkId(raw['id'], `edges[${index}]`, 'id', errors);
  if (id === undefined) return undefined;
  const where = `edge "${id}"`;
  const kind = raw['kind'];
  if (!isEdgeKind(kind)) {
    errors.add(`${where}: kind ${describeValue(kind)} is not an edge kind; expected one of ${EDGE_KINDS.join(', ')}`);
    return undefined;
  }
  const before = errors.count;
  const source = checkId(raw['source'], where, 'source', errors);
  const target = checkId(raw['target'], where, 'target', errors);
  const label = readText(raw['label'], where, 'label', MAX_LABEL, errors);
  const rawProps = readRawProps(raw['props'], where, errors);
  if (errors.count > before || source === undefined || target === undefined) return undefined;
  return {
    id,
    kind,
    source,
    target,
    rawProps,
    build: (props) => ({
      id,
      kind,
      source,
      target,
      ...(label === undefined ? {} : { label }),
      ...(props === undefined ? {} : { props }),
    }),
  };
}
