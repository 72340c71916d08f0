/** The published JSON Schema, generated from the same zod schemas the reader uses. */
import { diagramSchema } from './documentSchema';
import { z } from './zod';

export const SCHEMA_ID = 'https://ramparts.local/schema/ramparts-diagram-v1.json';

export function diagramJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(diagramSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID };
}
