import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';
import { encryptFlowFix, unencryptedFlowsInto } from './unencryptedFlowsInto';

export const sslOnlyEndpoint = defineRule({
  id: 'tls/ssl-only-endpoint',
  severity: 'error',
  title: 'Kinesis reached over SSL',
  description: 'A flow into a kinesis-stream has encrypted false (its API is only reachable over SSL).',
  section: 'Kinesis Security; CloudWatch Security',
  basis: {
    kind: 'document',
    quote:
      'The Amazon Kinesis API is only accessible via an SSL-encrypted endpoint (kinesis.us-east-1.amazonaws.com) to help ensure secure transmission of your data to AWS.',
  },
  fix: 'Mark the flow encrypted: Kinesis, like the CloudWatch control API, only has SSL-encrypted endpoints, so a plain-text connection cannot work.',
  check(index, report) {
    for (let i = 0, list = unencryptedFlowsInto(index, ['kinesis-stream'] as const); i < list.length; i++) {
      const { flow, target } = list[i]!;
      report({
        target: edgeTarget(flow.id),
        message: `${index.describeEdge(flow)} is not encrypted, but ${index.name(target)} is only reachable through an SSL endpoint: set encrypted to true.`,
      });
    }
  },
  quickFix: encryptFlowFix,
});
