import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const queueTopicPolicy = defineRule({
  id: 'pub/queue-topic-policy',
  severity: 'warning',
  title: 'Queues and topics not public',
  description: 'An sqs-queue or sns-topic has publicPolicy true.',
  section: 'SQS Security; SNS Security',
  basis: {
    kind: 'document',
    quote:
      'By default, access to each individual queue is restricted to the AWS Account that created it. However, you can allow other access to a queue, using either an SQS-generated policy or a policy you write.',
  },
  fix: 'Remove the public statement from the queue or topic policy and grant access only to the accounts and roles that need it.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('sqs-queue', 'sns-topic'); i < list.length; i++) {
      const resource = list[i]!;
      if (!nodeProp(resource, 'publicPolicy')) continue;
      report({
        target: nodeTarget(resource.id),
        message: `${index.name(resource)} has a policy open to everyone: set publicPolicy to false and grant access only to the accounts that need it.`,
      });
    }
  },
  quickFix: {
    label: 'Restrict the policy (publicPolicy: false)',
    apply: (diagram, target) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { publicPolicy: false }) : diagram,
  },
});
