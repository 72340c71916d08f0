/**
 * Starter designs offered by "New from template". Each is a canonical
 * `.ramparts.json` file next to this one (so it diffs and validates like any
 * saved design) with its expected findings in `<id>.findings.json`.
 */
import type { Diagram } from '../model/types';
import bastionPrivateRds from './bastion-private-rds.ramparts.json';
import corporateVpn from './corporate-vpn.ramparts.json';
import { loadTemplate } from './loadTemplate';
import redshiftHsm from './redshift-hsm.ramparts.json';
import webElasticache from './web-elasticache.ramparts.json';

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly diagram: Diagram;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'bastion-private-rds',
    name: 'Bastion and private RDS',
    description: 'An SSH bastion in a public subnet in front of a Multi-AZ PostgreSQL database in private subnets.',
    diagram: loadTemplate('bastion-private-rds', bastionPrivateRds),
  },
  {
    id: 'redshift-hsm',
    name: 'Redshift warehouse with HSM keys',
    description: 'A private Redshift cluster with keys in CloudHSM, loading from S3 and queried by analysts over a VPN.',
    diagram: loadTemplate('redshift-hsm', redshiftHsm),
  },
  {
    id: 'web-elasticache',
    name: 'Web tier with ElastiCache',
    description: 'Public web servers in front of private app servers using ElastiCache Redis and a Multi-AZ RDS database.',
    diagram: loadTemplate('web-elasticache', webElasticache),
  },
  {
    id: 'corporate-vpn',
    name: 'Corporate network over VPN',
    description: 'Internal apps reachable only from the corporate network over a VPN, with SAML federation and MFA users.',
    diagram: loadTemplate('corporate-vpn', corporateVpn),
  },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export const DEFAULT_TEMPLATE_ID = 'bastion-private-rds';
