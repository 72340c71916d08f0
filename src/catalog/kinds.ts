/**
 * The closed sets of node types and edge kinds. Everything else (the catalog,
 * the reader, the rules, the editor) is keyed by these, so adding a type is a
 * compile error everywhere it has to be handled.
 */
export const NODE_TYPES = [
  'vpc',
  'subnet',
  'internet-gateway',
  'vpn-gateway',
  'nat-gateway',
  'internet',
  'corporate-network',
  'bastion',
  'ec2-instance',
  'emr-cluster',
  'rds',
  'redshift',
  'elasticache',
  'cloudhsm',
  's3-bucket',
  'sqs-queue',
  'sns-topic',
  'kinesis-stream',
  'iam-role',
  'iam-user',
  'identity-provider',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_KINDS = [
  'network',
  'vpn',
  'assume',
  'access',
  'replication',
  'logging',
  'notification',
  'key',
  'load',
] as const;

export type EdgeKind = (typeof EDGE_KINDS)[number];

export const CATEGORIES = ['network', 'compute', 'data', 'identity', 'services'] as const;
export type Category = (typeof CATEGORIES)[number];

const nodeTypeSet: ReadonlySet<string> = new Set(NODE_TYPES);
const edgeKindSet: ReadonlySet<string> = new Set(EDGE_KINDS);

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && nodeTypeSet.has(value);
}

export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && edgeKindSet.has(value);
}

/** Terms from controls.md, kept here so rules and the editor agree on them. */
export const DATA_STORE_TYPES = ['rds', 'redshift', 'elasticache'] as const satisfies readonly NodeType[];
export const COMPUTE_TYPES = ['bastion', 'ec2-instance', 'emr-cluster'] as const satisfies readonly NodeType[];
export const REGIONAL_SERVICE_TYPES = [
  's3-bucket',
  'sqs-queue',
  'sns-topic',
  'kinesis-stream',
] as const satisfies readonly NodeType[];
export const OUTSIDE_TYPES = ['internet', 'corporate-network'] as const satisfies readonly NodeType[];

export type DataStoreType = (typeof DATA_STORE_TYPES)[number];
export type ComputeType = (typeof COMPUTE_TYPES)[number];

export function isDataStoreType(t: NodeType): t is DataStoreType {
  return (DATA_STORE_TYPES as readonly NodeType[]).includes(t);
}
export function isComputeType(t: NodeType): t is ComputeType {
  return (COMPUTE_TYPES as readonly NodeType[]).includes(t);
}
export function isOutsideType(t: NodeType): t is 'internet' | 'corporate-network' {
  return t === 'internet' || t === 'corporate-network';
}
