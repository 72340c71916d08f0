import type { Rule } from '../types';
import { dataStoreFlowEncrypted } from './data-store-flow-encrypted';
import { elasticacheTransit } from './elasticache-transit';
import { rdsRequireSsl } from './rds-require-ssl';
import { redshiftRequireSsl } from './redshift-require-ssl';
import { serviceEndpoint } from './service-endpoint';
import { sslOnlyEndpoint } from './ssl-only-endpoint';

/** Encryption in transit, in controls.md order. */
export const TLS_RULES: readonly Rule[] = [
  dataStoreFlowEncrypted,
  rdsRequireSsl,
  redshiftRequireSsl,
  elasticacheTransit,
  sslOnlyEndpoint,
  serviceEndpoint,
];
