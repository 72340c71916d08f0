import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';
import { encryptFlowFix, unencryptedFlowsInto } from './unencryptedFlowsInto';

export const dataStoreFlowEncrypted = defineRule({
  id: 'tls/data-store-flow-encrypted',
  severity: 'warning',
  title: 'Flows into data stores encrypted',
  description: 'A flow into an rds, redshift or elasticache has encrypted false.',
  section: 'RDS Security / Encryption; Redshift / SSL Connections',
  basis: {
    kind: 'document',
    quote:
      'You can encrypt connections between your application and your DB Instance using SSL. ... Once an encrypted connection is established, data transferred between the DB Instance and your application will be encrypted during transfer.',
  },
  fix: 'Connect to the database over SSL/TLS and mark the flow encrypted; also require SSL on the database so clients cannot fall back to plain text.',
  check(index, report) {
    for (let i = 0, list = unencryptedFlowsInto(index, ['rds', 'redshift', 'elasticache'] as const); i < list.length; i++) {
      const { flow, target } = list[i]!;
      report({
        target: edgeTarget(flow.id),
        message: `${index.describeEdge(flow)} is not encrypted: connect to ${index.name(target)} over SSL/TLS and set encrypted to true.`,
      });
    }
  },
  quickFix: encryptFlowFix,
});
