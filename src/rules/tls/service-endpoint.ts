import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';
import { encryptFlowFix, unencryptedFlowsInto } from './unencryptedFlowsInto';

export const serviceEndpoint = defineRule({
  id: 'tls/service-endpoint',
  severity: 'warning',
  title: 'Service endpoints reached over SSL',
  description: 'A flow into an s3-bucket, sqs-queue or sns-topic has encrypted false.',
  section: 'SQS Security',
  basis: {
    kind: 'document',
    quote:
      'Amazon SQS is accessible via SSL-encrypted endpoints. The encrypted endpoints are accessible from both the Internet and from within Amazon EC2.',
  },
  fix: 'Call the service through its HTTPS endpoint (and, for S3, have the bucket policy deny requests where aws:SecureTransport is false), then mark the flow encrypted.',
  check(index, report) {
    for (let i = 0, list = unencryptedFlowsInto(index, ['s3-bucket', 'sqs-queue', 'sns-topic'] as const); i < list.length; i++) {
      const { flow, target } = list[i]!;
      report({
        target: edgeTarget(flow.id),
        message: `${index.describeEdge(flow)} is not encrypted: call ${index.name(target)} through its HTTPS endpoint and set encrypted to true.`,
      });
    }
  },
  quickFix: encryptFlowFix,
});
