/**
 * The clean reference design of controls.md ("bastion and private RDS"):
 * it must produce no error and no warning. Rule tests break one thing in it
 * to make a rule fire, and use it as-is to show the rule does not.
 */
import type { Diagram } from '../model/types';
import { diagram, edge, node } from './build';

export const REFERENCE_IDS = {
  vpc: 'vpc',
  igw: 'igw',
  publicSubnet: 'public-a',
  privateA: 'private-a',
  privateB: 'private-b',
  bastion: 'bastion',
  db: 'db',
  topic: 'db-events',
  internet: 'internet',
  sshFlow: 'ssh-in',
  dbFlow: 'bastion-to-db',
  notify: 'db-notify',
} as const;

const PRIVATE_ACL = [
  { rule: 100, direction: 'inbound', action: 'allow', protocol: 'tcp', ports: '5432', cidr: '10.0.0.0/24' },
  { rule: 100, direction: 'outbound', action: 'allow', protocol: 'tcp', ports: '1024-65535', cidr: '10.0.0.0/24' },
] as const;

export function referenceDesign(): Diagram {
  return diagram(
    node('internet', 'internet', { label: 'Internet' }),
    node('vpc', 'vpc', { label: 'Production VPC', props: { cidr: '10.0.0.0/16' } }),
    node('igw', 'internet-gateway', { parent: 'vpc', label: 'Internet gateway' }),
    node('public-a', 'subnet', {
      parent: 'vpc',
      label: 'Public subnet A',
      props: { cidr: '10.0.0.0/24', availabilityZone: 'us-east-1a', public: true },
    }),
    node('private-a', 'subnet', {
      parent: 'vpc',
      label: 'Private subnet A',
      props: { cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a', networkAcl: PRIVATE_ACL },
    }),
    node('private-b', 'subnet', {
      parent: 'vpc',
      label: 'Private subnet B',
      props: { cidr: '10.0.2.0/24', availabilityZone: 'us-east-1b', networkAcl: PRIVATE_ACL },
    }),
    node('bastion', 'bastion', { parent: 'public-a', label: 'SSH bastion' }),
    node('db', 'rds', {
      parent: 'private-a',
      label: 'Orders DB',
      props: {
        engine: 'postgres',
        requireSsl: true,
        encryptionAtRest: 'storage',
        backupRetentionDays: 7,
        multiAz: true,
        maintenanceWindow: 'sun:03:00-sun:03:30',
        masterUsername: 'admin',
      },
    }),
    node('db-events', 'sns-topic', { label: 'DB events' }),
    edge('ssh-in', 'network', 'internet', 'bastion', {
      protocol: 'tcp',
      ports: '22',
      encrypted: true,
      sourceCidr: '203.0.113.0/24',
    }),
    edge('bastion-to-db', 'network', 'bastion', 'db', {
      protocol: 'tcp',
      ports: '5432',
      encrypted: true,
      dbUser: 'app_user',
    }),
    edge('db-notify', 'notification', 'db', 'db-events'),
  );
}
