import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { sslOnlyEndpoint } from './ssl-only-endpoint';

const base = referenceDesign();
const app = node('app', 'ec2-instance', { parent: 'private-b', label: 'Producer' });
const stream = node('clicks', 'kinesis-stream', { label: 'Clickstream' });

describeRule(sslOnlyEndpoint, [
  fires(
    'a flow into a kinesis-stream with encrypted false',
    withItems(base, app, stream, edge('app-clicks', 'network', 'app', 'clicks', { encrypted: false })),
    ['app-clicks'],
    { message: /Producer → Clickstream \(tcp 443\) is not encrypted/ },
  ),
  fires(
    'flows from the Internet and from compute left at the default, one finding each',
    withItems(
      base,
      app,
      stream,
      edge('app-clicks', 'network', 'app', 'clicks'),
      edge('web-clicks', 'network', 'internet', 'clicks'),
    ),
    ['app-clicks', 'web-clicks'],
  ),
  passes('the clean reference design (no kinesis-stream)', base),
  passes(
    'an encrypted flow into a kinesis-stream',
    withItems(base, app, stream, edge('app-clicks', 'network', 'app', 'clicks', { encrypted: true })),
  ),
  passes(
    'an unencrypted flow into an s3-bucket is not this rule',
    withItems(base, app, node('b', 's3-bucket'), edge('app-b', 'network', 'app', 'b')),
  ),
]);
