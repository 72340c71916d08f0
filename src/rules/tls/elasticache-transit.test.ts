import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { elasticacheTransit } from './elasticache-transit';

const base = referenceDesign();
const app = node('app', 'ec2-instance', { parent: 'private-b', label: 'App' });
const cache = (props?: Record<string, boolean>) =>
  node('cache', 'elasticache', { parent: 'private-b', label: 'Sessions', ...(props ? { props } : {}) });
const appToCache = edge('app-cache', 'network', 'app', 'cache', { ports: '6379', encrypted: true });

describeRule(elasticacheTransit, [
  fires(
    'an elasticache with transitEncryption false and a flow into it',
    withItems(base, app, cache({ transitEncryption: false }), appToCache),
    ['cache'],
    { message: /Sessions has clients but no in-transit encryption/ },
  ),
  fires(
    'an elasticache left at the default with two flows into it: one finding',
    withItems(base, app, cache(), appToCache, edge('bastion-cache', 'network', 'bastion', 'cache', { ports: '6379' })),
    ['cache'],
  ),
  passes('the clean reference design (no elasticache)', base),
  passes('an elasticache with transitEncryption false but no flow into it', withItems(base, app, cache())),
  passes(
    'an elasticache whose only network edge goes out of it',
    withItems(base, app, cache(), edge('cache-app', 'network', 'cache', 'app', { ports: '443' })),
  ),
  passes(
    'an elasticache with transitEncryption true and a flow into it',
    withItems(base, app, cache({ transitEncryption: true }), appToCache),
  ),
]);
