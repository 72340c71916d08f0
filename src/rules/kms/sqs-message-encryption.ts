import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const sqsMessageEncryption = defineRule({
  id: 'kms/sqs-message-encryption',
  severity: 'info',
  title: 'SQS messages encrypted',
  description: 'An sqs-queue has encryption none.',
  section: 'SQS Security',
  basis: {
    kind: 'document',
    quote:
      'Data stored within Amazon SQS is not encrypted by AWS; however, the user can encrypt data before it is uploaded to Amazon SQS, provided that the application utilizing the queue has a means to decrypt the message when retrieved.',
  },
  fix: 'Turn on SQS server-side encryption, or encrypt messages in the application before sending them.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('sqs-queue'); i < list.length; i++) {
      const queue = list[i]!;
      if (nodeProp(queue, 'encryption') === 'none') {
        report({
          target: nodeTarget(queue.id),
          message: `${index.name(queue)} stores messages unencrypted: set encryption to sse, or to client-side and encrypt messages before sending.`,
        });
      }
    }
  },
  quickFix: {
    // SSE needs no change to producers or consumers, unlike client-side encryption.
    label: 'Turn on server-side encryption (encryption: sse)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { encryption: 'sse' }) : diagram,
  },
});
