import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { serviceEndpoint } from './service-endpoint';

const base = referenceDesign();
const app = node('app', 'ec2-instance', { parent: 'private-b', label: 'Worker' });
const services = [
  node('bucket', 's3-bucket', { label: 'Uploads' }),
  node('queue', 'sqs-queue', { label: 'Jobs' }),
  node('topic', 'sns-topic', { label: 'Alerts' }),
];

describeRule(serviceEndpoint, [
  fires(
    'a flow into an sqs-queue with encrypted false',
    withItems(base, app, ...services, edge('app-queue', 'network', 'app', 'queue', { encrypted: false })),
    ['app-queue'],
    { message: /Worker → Jobs \(tcp 443\) is not encrypted/ },
  ),
  fires(
    'unencrypted flows into an s3-bucket, an sqs-queue and an sns-topic',
    withItems(
      base,
      app,
      ...services,
      edge('app-bucket', 'network', 'app', 'bucket'),
      edge('app-queue', 'network', 'app', 'queue'),
      edge('app-topic', 'network', 'app', 'topic', { encrypted: false }),
    ),
    ['app-bucket', 'app-queue', 'app-topic'],
  ),
  fires(
    'an unencrypted flow into the reference sns-topic',
    withItems(base, edge('bastion-topic', 'network', 'bastion', 'db-events')),
    ['bastion-topic'],
  ),
  passes('the clean reference design (its notification edge is not a flow)', base),
  passes(
    'encrypted flows into all three services',
    withItems(
      base,
      app,
      ...services,
      edge('app-bucket', 'network', 'app', 'bucket', { encrypted: true }),
      edge('app-queue', 'network', 'app', 'queue', { encrypted: true }),
      edge('app-topic', 'network', 'app', 'topic', { encrypted: true }),
    ),
  ),
  passes(
    'an unencrypted flow into a kinesis-stream is tls/ssl-only-endpoint, not this rule',
    withItems(base, app, node('s', 'kinesis-stream'), edge('app-s', 'network', 'app', 's')),
  ),
]);
