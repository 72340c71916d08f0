import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { noDirectInternetToDataStore } from './no-direct-internet-to-data-store';

const base = referenceDesign();

describeRule(noDirectInternetToDataStore, [
  fires(
    'a flow from the Internet to the reference rds',
    withItems(base, edge('web-to-db', 'network', 'internet', 'db', { ports: '5432' })),
    ['web-to-db'],
    { message: /Internet → Orders DB \(tcp 5432\).*bastion host or VPN/ },
  ),
  fires(
    'flows from two Internet nodes to a redshift and an elasticache',
    withItems(
      base,
      node('internet-2', 'internet'),
      node('dw', 'redshift', { parent: 'private-b' }),
      node('cache', 'elasticache', { parent: 'private-b' }),
      edge('to-dw', 'network', 'internet', 'dw', { ports: '5439' }),
      edge('to-cache', 'network', 'internet-2', 'cache', { protocol: 'all', ports: 'all' }),
    ),
    ['to-dw', 'to-cache'],
  ),
  passes('the clean reference design', base),
  passes(
    'a flow from a corporate network to the rds',
    withItems(base, node('office', 'corporate-network'), edge('office-db', 'network', 'office', 'db', { ports: '5432' })),
  ),
  passes(
    'a flow from the Internet to an s3-bucket',
    withItems(base, node('bucket', 's3-bucket'), edge('to-bucket', 'network', 'internet', 'bucket')),
  ),
  passes('the bastion forwarding to the rds is not from the Internet', base),
]);
