import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes } from '../testing/describeRule';
import { elasticacheClientsInVpc } from './elasticache-clients-in-vpc';

const base = referenceDesign();
const cache = node('cache', 'elasticache', { parent: 'private-b', label: 'Session cache' });
const withCache = withItems(base, cache);
const into = (id: string, source: string) => edge(id, 'network', source, 'cache', { protocol: 'tcp', ports: '6379' });

describeRule(elasticacheClientsInVpc, [
  passes('the clean reference design', base),
  passes(
    'compute of every kind in the same VPC, in any subnet',
    withItems(
      withCache,
      node('app', 'ec2-instance', { parent: 'private-a' }),
      node('emr', 'emr-cluster', { parent: 'private-b' }),
      into('f1', 'app'),
      into('f2', 'emr'),
      into('f3', 'bastion'),
    ),
  ),
  passes('a cache with no flows into it', withCache),
  passes('flows out of the cache are not clients', withItems(withCache, edge('out', 'network', 'cache', 'db'))),
  fires('a flow from the Internet', withItems(withCache, into('f', 'internet')), ['f'], {
    message: /^Internet → Session cache \(tcp 6379\) cannot be authorized: Internet is not an EC2-based compute node; /,
  }),
  fires(
    'flows from a corporate network, a data store and a regional service',
    withItems(withCache, node('corp', 'corporate-network'), node('q', 'sqs-queue'), into('f1', 'corp'), into('f2', 'db'), into('f3', 'q')),
    ['f1', 'f2', 'f3'],
  ),
  fires(
    'compute in another VPC',
    withItems(
      withCache,
      node('vpc2', 'vpc', { label: 'Other VPC' }),
      node('s2', 'subnet', { parent: 'vpc2' }),
      node('app', 'ec2-instance', { parent: 's2', label: 'App' }),
      into('f', 'app'),
    ),
    ['f'],
    { message: /App is in Other VPC, not in Production VPC with the cache/ },
  ),
  fires('compute outside any VPC', withItems(withCache, node('app', 'ec2-instance', { label: 'App' }), into('f', 'app')), ['f'], {
    message: /App is not inside a VPC/,
  }),
  fires(
    'a cache outside any VPC, even from compute',
    withItems(base, { ...cache, parent: undefined }, into('f', 'bastion')),
    ['f'],
    { message: /Session cache is not inside a VPC/ },
  ),
]);
