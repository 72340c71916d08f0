import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { queueTopicPolicy } from './queue-topic-policy';

const base = referenceDesign();
const topic = base.nodes.find((n) => n.id === 'db-events')!;

describeRule(queueTopicPolicy, [
  fires('a public sns-topic', withItems(base, { ...topic, props: { publicPolicy: true } }), ['db-events'], {
    message: /DB events has a policy open to everyone/,
  }),
  fires(
    'a public sqs-queue',
    withItems(base, node('q', 'sqs-queue', { label: 'Orders queue', props: { publicPolicy: true } })),
    ['q'],
    { message: /Orders queue has a policy open to everyone/ },
  ),
  fires(
    'queues and topics together',
    withItems(
      base,
      { ...topic, props: { publicPolicy: true } },
      node('q', 'sqs-queue', { props: { publicPolicy: true, encryption: 'none' } }),
      node('q2', 'sqs-queue'),
    ),
    ['db-events', 'q'],
  ),
  passes('the clean reference design', base),
  passes('private queues and topics', withItems(base, node('q', 'sqs-queue', { props: { publicPolicy: false } }), node('t', 'sns-topic'))),
  passes('other public resources are not this rule', withItems(base, node('b', 's3-bucket', { props: { publicRead: true } }))),
]);
