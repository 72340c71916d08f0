/**
 * The preset DEFLATE dictionary of share codec version 1: strings that recur
 * in AWS designs, so even a small diagram's link starts with them "already
 * seen". It is part of the link format: changing one byte breaks every link
 * made with version 1, so a new dictionary means a new codec version.
 * Most likely matches go last (DEFLATE reaches the end of the window most cheaply).
 */
const WORDS = [
  'Corporate network', 'Head office', 'Identity provider', 'SQS queue', 'Kinesis stream', 'CloudHSM',
  'EMR cluster', 'NAT gateway', 'Virtual private gateway', 'VPN', 'VGW', 'IGW', 'Internet gateway',
  'IAM user', 'IAM role', 'role', 'Role', 'Audit logs', 'audit-logs', 'events', 'Events', 'SNS topic', 'S3 bucket',
  'Redshift', 'ElastiCache', 'Cache', 'cache', 'Orders DB', 'Database', 'DB', 'db', 'RDS', 'Replica', 'replica',
  'Bastion', 'bastion', 'Web', 'web', 'App', 'app', 'Worker', 'worker', 'server', 'Server', 'instance',
  'sun:03:00-sun:03:30', 'mon:', 'sun:', 'admin', 'app_user', 'postgres', 'mysql', 'aurora-',
  's3:GetObject', 's3:PutObject', 's3:*', 'rds:', 'arn:aws:',
  '192.168.0.0/16', '203.0.113.0/24', '0.0.0.0/0', '1024-65535', '5432', '3306', '6379', '443', '22',
  'us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1', 'eu-west-1',
  'Production VPC', 'VPC', 'Private subnet ', 'Public subnet ', 'Private ', 'Public ', 'subnet', 'Subnet',
  '10.0.0.0/16', '10.0.1.0/24', '10.0.2.0/24', '10.0.', '10.1.', '.0/24', '.0/16', '/24"',
  'Internet', 'internet',
];

export const SHARE_DICTIONARY: Uint8Array = new TextEncoder().encode(WORDS.join('"'));
