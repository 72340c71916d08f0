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
  template('bastion-private-rds', 'Bastion and private RDS', 'An SSH bastion in a public subnet in front of a Multi-AZ PostgreSQL database in private subnets.', bastionPrivateRds),
  template('redshift-hsm', 'Redshift warehouse with HSM keys', 'A private Redshift cluster with keys in CloudHSM, loading from S3 and queried by analysts over a VPN.', redshiftHsm),
  template('web-elasticache', 'Web tier with ElastiCache', 'Public web servers in front of private app servers using ElastiCache Redis and a Multi-AZ RDS database.', webElasticache),
  template('corporate-vpn', 'Corporate network over VPN', 'Internal apps reachable only from the corporate network over a VPN, with SAML federation and MFA users.', corporateVpn),
];

/**
 * A template whose diagram is read (and checked) the first time it is asked
 * for: a returning user's start-up opens their own design and reads none.
 */
function template(id: string, name: string, description: string, json: unknown): Template {
  let diagram: Diagram | undefined;
  return {
    id,
    name,
    description,
    get diagram() {
      diagram ??= loadTemplate(id, json);
      return diagram;
    },
  };
}

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export const DEFAULT_TEMPLATE_ID = 'bastion-private-rds';
