/**
 * One definition per node type: what the palette shows, where the node may
 * sit, and its props. The reader, the writer, the rules and the editor all
 * read this table; there is no second list of types or props anywhere.
 * Icon ids name SVGs of the `aws-icons` package (the official AWS
 * Architecture Icons); only the app resolves them to files, so this module
 * stays loadable in Node.
 */
import type { Category, NodeType } from './kinds';
import {
  acl,
  bool,
  cidr,
  int,
  oneOf,
  policies,
  stringList,
  text,
  type PropSpecs,
  type ResolvedProps,
} from './propSpec';

export interface NodeDef {
  readonly displayName: string;
  readonly category: Category;
  readonly icon: string;
  readonly description: string;
  /** Containers hold other nodes and are drawn as regions. */
  readonly container: boolean;
  /** Allowed parent types; `null` means top level. */
  readonly parents: readonly (NodeType | null)[];
  readonly props: PropSpecs;
}

export const CREDENTIAL_VALUES = ['none', 'instance-role', 'access-keys', 'root-access-keys'] as const;
const credentials = () =>
  oneOf('Credentials', CREDENTIAL_VALUES, 'none', 'How software on this host gets AWS credentials.');

export const RDS_ENGINES = [
  'mysql',
  'mariadb',
  'postgres',
  'oracle-se',
  'oracle-ee',
  'sqlserver-se',
  'sqlserver-ee',
  'aurora-mysql',
  'aurora-postgres',
] as const;

const IN_SUBNET_OR_TOP = ['subnet', null] as const;

export const NODE_CATALOG = {
  vpc: {
    displayName: 'VPC',
    category: 'network',
    icon: 'architecture-group/VirtualprivatecloudVPC',
    description: 'An Amazon Virtual Private Cloud: an isolated network with its own IP range.',
    container: true,
    parents: [null],
    props: { cidr: cidr('CIDR', '10.0.0.0/16'), region: text('Region', 'us-east-1') },
  },
  subnet: {
    displayName: 'Subnet',
    category: 'network',
    icon: 'architecture-group/Privatesubnet',
    description: 'A subnet of a VPC in one Availability Zone, public or private, with its network ACL.',
    container: true,
    parents: ['vpc'],
    props: {
      cidr: cidr('CIDR', '10.0.1.0/24'),
      availabilityZone: text('Availability Zone', 'us-east-1a'),
      public: bool('Public', false, "When on, the subnet's route table sends 0.0.0.0/0 to the VPC's Internet gateway."),
      networkAcl: acl('Network ACL', 'Empty means the default network ACL, which allows all traffic both ways.'),
    },
  },
  'internet-gateway': {
    displayName: 'Internet gateway',
    category: 'network',
    icon: 'resource/AmazonVPCInternetGateway',
    description: 'Connects a VPC to the Internet; public subnets route through it.',
    container: false,
    parents: ['vpc'],
    props: {},
  },
  'vpn-gateway': {
    displayName: 'Virtual private gateway',
    category: 'network',
    icon: 'resource/AmazonVPCVPNGateway',
    description: 'The VPC end of an IPsec VPN connection to an on-premises network.',
    container: false,
    parents: ['vpc'],
    props: {},
  },
  'nat-gateway': {
    displayName: 'NAT gateway',
    category: 'network',
    icon: 'resource/AmazonVPCNATGateway',
    description: 'Lets instances in private subnets reach the Internet without being reachable from it.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {},
  },
  internet: {
    displayName: 'Internet',
    category: 'network',
    icon: 'resource/Internet',
    description: 'Every address on the Internet.',
    container: false,
    parents: [null],
    props: {},
  },
  'corporate-network': {
    displayName: 'Corporate network',
    category: 'network',
    icon: 'resource/Officebuilding',
    description: 'An on-premises network, joined to a VPC over an IPsec VPN.',
    container: false,
    parents: [null],
    props: { cidr: cidr('CIDR', '192.168.0.0/16') },
  },
  bastion: {
    displayName: 'Bastion host',
    category: 'compute',
    icon: 'resource/AmazonEC2Instance',
    description: 'An EC2 instance in a public subnet that forwards SSH to private hosts.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: { credentials: credentials() },
  },
  'ec2-instance': {
    displayName: 'EC2 instance',
    category: 'compute',
    icon: 'architecture-service/AmazonEC2',
    description: 'A virtual server: web, application or worker tier.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: { role: text('Role', 'app', { placeholder: 'web, app, worker' }), credentials: credentials() },
  },
  'emr-cluster': {
    displayName: 'EMR cluster',
    category: 'compute',
    icon: 'architecture-service/AmazonEMR',
    description: 'An Amazon EMR (Hadoop) cluster: a master node and its slave nodes.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {
      masterPublicSsh: bool('Master public SSH', false, 'When on, the master node accepts SSH from outside the VPC.'),
      credentials: credentials(),
    },
  },
  rds: {
    displayName: 'RDS database',
    category: 'data',
    icon: 'architecture-service/AmazonRDS',
    description: 'An Amazon RDS DB instance.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {
      engine: oneOf('Engine', RDS_ENGINES, 'postgres'),
      publiclyAccessible: bool('Publicly accessible', false),
      encryptionAtRest: oneOf('Encryption at rest', ['none', 'storage', 'tde', 'application'], 'storage'),
      requireSsl: bool('Require SSL', false, 'When on, the instance refuses unencrypted connections.'),
      backupRetentionDays: int('Backup retention', 7, { min: 0, max: 35, unit: 'days' }),
      multiAz: bool('Multi-AZ', false, 'When on, a synchronous standby runs in another Availability Zone.'),
      maintenanceWindow: text('Maintenance window', '', {
        placeholder: 'sun:03:00-sun:03:30',
        help: 'UTC, ddd:hh:mm-ddd:hh:mm, at least 30 minutes; empty lets AWS choose.',
      }),
      finalSnapshotOnDelete: bool('Final snapshot on delete', true),
      masterUsername: text('Master username', 'admin'),
    },
  },
  redshift: {
    displayName: 'Redshift cluster',
    category: 'data',
    icon: 'architecture-service/AmazonRedshift',
    description: 'An Amazon Redshift data warehouse cluster.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {
      nodeCount: int('Nodes', 2, { min: 1, max: 128 }),
      encrypted: bool('Encrypted', true),
      requireSsl: bool('Require SSL', false),
      snapshotRetentionDays: int('Snapshot retention', 1, { min: 1, max: 35, unit: 'days' }),
      publiclyAccessible: bool('Publicly accessible', false),
    },
  },
  elasticache: {
    displayName: 'ElastiCache cluster',
    category: 'data',
    icon: 'architecture-service/AmazonElastiCache',
    description: 'An Amazon ElastiCache cache cluster (Redis or Memcached).',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {
      engine: oneOf('Engine', ['redis', 'memcached'], 'redis'),
      snapshotRetentionDays: int('Snapshot retention', 0, { min: 0, max: 35, unit: 'days' }),
      transitEncryption: bool('In-transit encryption', false),
    },
  },
  cloudhsm: {
    displayName: 'CloudHSM',
    category: 'data',
    icon: 'architecture-service/AWSCloudHSM',
    description: 'A dedicated hardware security module that holds encryption keys.',
    container: false,
    parents: IN_SUBNET_OR_TOP,
    props: {},
  },
  's3-bucket': {
    displayName: 'S3 bucket',
    category: 'services',
    icon: 'resource/AmazonSimpleStorageServiceBucket',
    description: 'An Amazon S3 bucket.',
    container: false,
    parents: [null],
    props: {
      serverSideEncryption: bool('Server-side encryption', true),
      versioning: bool('Versioning', false),
      mfaDelete: bool('MFA Delete', false),
      publicRead: bool('Public read', false),
    },
  },
  'sqs-queue': {
    displayName: 'SQS queue',
    category: 'services',
    icon: 'resource/AmazonSimpleQueueServiceQueue',
    description: 'An Amazon SQS message queue.',
    container: false,
    parents: [null],
    props: {
      encryption: oneOf('Encryption', ['none', 'client-side', 'sse'], 'sse'),
      publicPolicy: bool('Public policy', false),
    },
  },
  'sns-topic': {
    displayName: 'SNS topic',
    category: 'services',
    icon: 'resource/AmazonSimpleNotificationServiceTopic',
    description: 'An Amazon SNS topic.',
    container: false,
    parents: [null],
    props: { publicPolicy: bool('Public policy', false) },
  },
  'kinesis-stream': {
    displayName: 'Kinesis stream',
    category: 'services',
    icon: 'architecture-service/AmazonKinesisDataStreams',
    description: 'An Amazon Kinesis data stream.',
    container: false,
    parents: [null],
    props: { retentionHours: int('Retention', 24, { min: 24, max: 8760, unit: 'hours' }) },
  },
  'iam-role': {
    displayName: 'IAM role',
    category: 'identity',
    icon: 'resource/AWSIdentityAccessManagementRole',
    description: 'An IAM role: temporary credentials for whoever may assume it.',
    container: false,
    parents: [null],
    props: {
      maxSessionHours: int('Max session', 1, { min: 1, max: 12, unit: 'hours' }),
      trustedAccounts: stringList('Trusted accounts', [], {
        itemPlaceholder: '123456789012',
        help: 'Accounts outside this one that may assume the role; "*" means any principal.',
      }),
      policies: policies('Policies', 'Grants on resources not on the diagram (use access edges for those on it).'),
    },
  },
  'iam-user': {
    displayName: 'IAM user',
    category: 'identity',
    icon: 'resource/User',
    description: 'An IAM user with long-term credentials.',
    container: false,
    parents: [null],
    props: {
      consoleAccess: bool('Console access', false),
      mfa: bool('MFA', false),
      accessKeys: bool('Access keys', false),
      policies: policies('Policies'),
    },
  },
  'identity-provider': {
    displayName: 'Identity provider',
    category: 'identity',
    icon: 'architecture-service/AmazonCognito',
    description: 'A federated identity provider whose users may assume roles.',
    container: false,
    parents: [null],
    props: { kind: oneOf('Kind', ['saml', 'oidc', 'cognito', 'web-identity'], 'saml') },
  },
} as const satisfies Record<NodeType, NodeDef>;

export type NodeCatalog = typeof NODE_CATALOG;
export type NodePropsOf<T extends NodeType> = ResolvedProps<NodeCatalog[T]['props']>;

export function nodeDef(type: NodeType): NodeDef {
  return NODE_CATALOG[type];
}

/** Where a node of this type may sit, as a sentence for error messages and hints. */
export function describeParents(type: NodeType): string {
  const parents = NODE_CATALOG[type].parents as readonly (NodeType | null)[];
  const names = parents.map((p) => (p === null ? 'at top level' : `in a ${p}`));
  return names.join(' or ');
}
