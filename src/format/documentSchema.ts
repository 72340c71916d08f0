/**
 * The whole document's schema, assembled from the pieces the reader uses
 * (schema.ts), for the published JSON Schema (jsonSchema.ts). The reader
 * validates piece by piece and never needs it, and it lives apart so the
 * app does not build it: zod builds schemas when their module is loaded,
 * and a schema per node type and edge kind was some 40 ms of every start-up.
 */
import { EDGE_CATALOG } from '../catalog/edgeCatalog';
import { EDGE_KINDS, NODE_TYPES, type EdgeKind, type NodeType } from '../catalog/kinds';
import { NODE_CATALOG } from '../catalog/nodeCatalog';
import type { PropSpecs } from '../catalog/propSpec';
import { FORMAT_ID } from '../model/types';
import { RULE_IDS } from '../rules/ruleIds';
import { MAX_EDGES, MAX_LABEL, MAX_NODES, MAX_NOTES, MAX_TITLE } from './limits';
import { DATE_PATTERN, idSchema, pointSchema, propSchema, sizeSchema, viewportSchema } from './schema';
import { z } from './zod';

function propsObject(specs: PropSpecs) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(specs)) {
    shape[key] = propSchema(spec).optional().meta({ description: spec.label + (spec.help ? `. ${spec.help}` : ''), default: spec.default });
  }
  // Unknown props are kept and ignored, so the published schema allows them.
  return z.object(shape).catchall(z.unknown());
}

function nodeSchemaFor(type: NodeType) {
  const def = NODE_CATALOG[type];
  return z
    .object({
      id: idSchema,
      type: z.literal(type),
      label: z.string().max(MAX_LABEL).optional(),
      parent: idSchema.optional(),
      position: pointSchema.optional(),
      size: sizeSchema.optional(),
      props: propsObject(def.props).optional(),
      notes: z.string().max(MAX_NOTES).optional(),
    })
    .meta({ title: def.displayName, description: def.description });
}

function edgeSchemaFor(kind: EdgeKind) {
  const def = EDGE_CATALOG[kind];
  return z
    .object({
      id: idSchema,
      kind: z.literal(kind),
      source: idSchema,
      target: idSchema,
      label: z.string().max(MAX_LABEL).optional(),
      props: propsObject(def.props).optional(),
    })
    .meta({ title: def.displayName, description: def.description });
}

export const suppressionSchema = z.object({
  rule: z.enum(RULE_IDS),
  target: idSchema,
  reason: z.string().min(1),
  expires: z.string().regex(DATE_PATTERN).optional(),
});

/** The whole document; used for the published JSON Schema. */
export const diagramSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    version: z.literal(1),
    title: z.string().max(MAX_TITLE).optional(),
    nodes: z.array(z.discriminatedUnion('type', NODE_TYPES.map(nodeSchemaFor) as never)).max(MAX_NODES),
    edges: z.array(z.discriminatedUnion('kind', EDGE_KINDS.map(edgeSchemaFor) as never)).max(MAX_EDGES),
    suppressions: z.array(suppressionSchema).optional(),
    viewport: viewportSchema.optional(),
  })
  // Unknown top-level fields (a "$schema" key, say) are ignored on read, so the schema allows them.
  .loose()
  .meta({
    title: 'Ramparts diagram',
    description: 'An AWS security architecture diagram for Ramparts, format version 1.',
  });
