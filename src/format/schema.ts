/**
 * The format's schemas, built from the catalog: the reader validates each
 * piece with them, and documentSchema.ts assembles the same pieces into the
 * whole document's schema that jsonSchema.ts publishes, so the file VS Code
 * checks against is the one the app reads.
 */
import type { PropSpec } from '../catalog/propSpec';
import { isCidr } from '../model/cidr';
import { isPorts } from '../model/ports';
import { z } from './zod';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const idSchema = z
  .string({ error: 'expected a string id' })
  .regex(ID_PATTERN, { error: 'expected 1-64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit' });

const finite = (what: string) => z.number({ error: `expected a number (${what})` }).refine(Number.isFinite, { error: `expected a finite number (${what})` });

export const pointSchema = z.object({ x: finite('x'), y: finite('y') }, { error: 'expected {"x": number, "y": number}' });
export const sizeSchema = z.object(
  {
    width: finite('width').refine((n) => n > 0, { error: 'expected a width above 0' }),
    height: finite('height').refine((n) => n > 0, { error: 'expected a height above 0' }),
  },
  { error: 'expected {"width": number, "height": number}' },
);
export const viewportSchema = z.object(
  { x: finite('x'), y: finite('y'), zoom: finite('zoom').refine((n) => n > 0, { error: 'expected a zoom above 0' }) },
  { error: 'expected {"x": number, "y": number, "zoom": number}' },
);

export const cidrSchema = z
  .string({ error: 'expected IPv4 CIDR notation such as 10.0.0.0/16' })
  .refine(isCidr, { error: 'expected IPv4 CIDR notation such as 10.0.0.0/16 (a.b.c.d/n, each number 0-255, n 0-32)' });
export const portsSchema = z
  .string({ error: 'expected a port such as "443", a range such as "1024-65535", or "all"' })
  .refine(isPorts, { error: 'expected a port 0-65535, a range a-b with a <= b, or "all"' });

export const aclEntrySchema = z.object({
  rule: z.int({ error: 'expected an integer rule number' }),
  direction: z.enum(['inbound', 'outbound'], { error: 'expected "inbound" or "outbound"' }),
  action: z.enum(['allow', 'deny'], { error: 'expected "allow" or "deny"' }),
  protocol: z.enum(['tcp', 'udp', 'icmp', 'all'], { error: 'expected one of tcp, udp, icmp, all' }),
  ports: portsSchema,
  cidr: cidrSchema,
}, { error: 'expected a network ACL entry {rule, direction, action, protocol, ports, cidr}' });

const stringList = z.array(z.string({ error: 'expected a string' }), { error: 'expected a list of strings' });

export const policyStatementSchema = z.object(
  { actions: stringList, resources: stringList },
  { error: 'expected a policy statement {"actions": [...], "resources": [...]}' },
);

export function propSchema(spec: PropSpec): z.ZodType {
  switch (spec.kind) {
    case 'boolean':
      return z.boolean({ error: 'expected true or false' });
    case 'integer':
      return z.int({ error: 'expected a whole number' });
    case 'enum':
      return z.enum(spec.values as [string, ...string[]], { error: `expected one of ${spec.values.join(', ')}` });
    case 'text':
      return z.string({ error: 'expected a string' });
    case 'cidr':
      return cidrSchema;
    case 'ports':
      return portsSchema;
    case 'string-list':
      return stringList;
    case 'acl':
      return z.array(aclEntrySchema, { error: 'expected a list of network ACL entries' });
    case 'policies':
      return z.array(policyStatementSchema, { error: 'expected a list of policy statements' });
  }
}

const propSchemaCache = new Map<PropSpec, z.ZodType>();
export function cachedPropSchema(spec: PropSpec): z.ZodType {
  let schema = propSchemaCache.get(spec);
  if (schema === undefined) {
    schema = propSchema(spec);
    propSchemaCache.set(spec, schema);
  }
  return schema;
}
