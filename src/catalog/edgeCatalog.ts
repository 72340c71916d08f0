/**
 * The one table of edge kinds: what each means, which node types may start
 * and end it, and its props. What a node type may start or end is derived
 * from here (`kindsFrom`, `kindsBetween`), never listed twice.
 */
import { NODE_TYPES, type EdgeKind, type NodeType } from './kinds';
import { bool, oneOf, ports, stringList, text, cidr, type PropSpecs, type ResolvedProps } from './propSpec';

export interface EdgeDef {
  readonly displayName: string;
  /** Short label drawn on the canvas for non-network kinds. */
  readonly verb: string;
  readonly description: string;
  readonly sources: readonly NodeType[];
  readonly targets: readonly NodeType[];
  readonly props: PropSpecs;
}

const except = (...excluded: NodeType[]): readonly NodeType[] => NODE_TYPES.filter((t) => !excluded.includes(t));

const IDENTITY: NodeType[] = ['iam-role', 'iam-user', 'identity-provider'];

export const EDGE_CATALOG = {
  network: {
    displayName: 'Network flow',
    verb: 'flow',
    description: 'The design allows this traffic (a security-group rule on the target, plus the routes it needs).',
    sources: except('vpc', 'subnet', ...IDENTITY),
    targets: except('vpc', 'subnet', 'internet', ...IDENTITY),
    props: {
      protocol: oneOf('Protocol', ['tcp', 'udp', 'icmp', 'all'], 'tcp'),
      ports: ports('Ports', '443'),
      encrypted: bool('Encrypted (TLS/SSH)', false),
      /**
       * Only for flows from internet or corporate-network. Its default
       * depends on the source (see `flowSourceCidr`), so the catalog's
       * default here is a placeholder the resolver never uses.
       */
      sourceCidr: cidr('Source CIDR', '0.0.0.0/0', 'Only for flows from the Internet or a corporate network.'),
      dbUser: text('Database user', '', { placeholder: 'app_rw' }),
    },
  },
  vpn: {
    displayName: 'VPN connection',
    verb: 'VPN',
    description: 'An IPsec VPN connection.',
    sources: ['corporate-network'],
    targets: ['vpn-gateway'],
    props: {},
  },
  assume: {
    displayName: 'Assumes role',
    verb: 'assumes',
    description: 'The principal may assume the role (trust policy; for compute, an instance profile).',
    sources: ['bastion', 'ec2-instance', 'emr-cluster', 'iam-user', 'iam-role', 'identity-provider'],
    targets: ['iam-role'],
    props: {},
  },
  access: {
    displayName: 'Access grant',
    verb: 'access',
    description: 'The role or user is granted these actions on this resource.',
    sources: ['iam-role', 'iam-user'],
    targets: except('vpc', 'subnet', 'internet', 'corporate-network', ...IDENTITY),
    props: { actions: stringList('Actions', ['*'], { itemPlaceholder: 's3:GetObject' }) },
  },
  replication: {
    displayName: 'Replication',
    verb: 'replicates',
    description: 'Asynchronous read replica (the source is the primary).',
    sources: ['rds'],
    targets: ['rds'],
    props: {},
  },
  logging: {
    displayName: 'Audit logging',
    verb: 'logs to',
    description: 'Audit logs are delivered to this bucket.',
    sources: ['redshift', 'rds'],
    targets: ['s3-bucket'],
    props: {},
  },
  notification: {
    displayName: 'Event notification',
    verb: 'notifies',
    description: 'Events are published to this topic.',
    sources: ['rds', 'redshift', 'elasticache'],
    targets: ['sns-topic'],
    props: {},
  },
  key: {
    displayName: 'HSM key',
    verb: 'key',
    description: "This HSM holds the target's encryption key.",
    sources: ['cloudhsm'],
    targets: ['redshift'],
    props: {},
  },
  load: {
    displayName: 'Data load',
    verb: 'loads',
    description: 'Data is loaded from this bucket (Redshift COPY).',
    sources: ['s3-bucket'],
    targets: ['redshift'],
    props: {},
  },
} as const satisfies Record<EdgeKind, EdgeDef>;

export type EdgeCatalog = typeof EDGE_CATALOG;
export type EdgePropsOf<K extends EdgeKind> = ResolvedProps<EdgeCatalog[K]['props']>;

export function edgeDef(kind: EdgeKind): EdgeDef {
  return EDGE_CATALOG[kind];
}

const EDGE_KIND_LIST = Object.keys(EDGE_CATALOG) as EdgeKind[];

export function edgeAllowed(kind: EdgeKind, source: NodeType, target: NodeType): boolean {
  const def: EdgeDef = EDGE_CATALOG[kind];
  return def.sources.includes(source) && def.targets.includes(target);
}

/** The kinds a connection from `source` to `target` may have, in catalog order. */
export function kindsBetween(source: NodeType, target: NodeType): readonly EdgeKind[] {
  return EDGE_KIND_LIST.filter((k) => edgeAllowed(k, source, target));
}

export function kindsFrom(type: NodeType): readonly EdgeKind[] {
  return EDGE_KIND_LIST.filter((k) => (EDGE_CATALOG[k].sources as readonly NodeType[]).includes(type));
}

export function kindsInto(type: NodeType): readonly EdgeKind[] {
  return EDGE_KIND_LIST.filter((k) => (EDGE_CATALOG[k].targets as readonly NodeType[]).includes(type));
}

/** Node types that may sit on the flow's outside end and carry a sourceCidr. */
export function takesSourceCidr(sourceType: NodeType): boolean {
  return sourceType === 'internet' || sourceType === 'corporate-network';
}
