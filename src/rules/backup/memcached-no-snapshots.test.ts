import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { PropValue } from '../../model/types';
import { memcachedNoSnapshots } from './memcached-no-snapshots';

const base = referenceDesign();
const withCache = (props: Record<string, PropValue>) =>
  withItems(base, node('cache', 'elasticache', { parent: 'private-b', label: 'Page cache', props }));

describeRule(memcachedNoSnapshots, [
  fires('memcached with retention 1', withCache({ engine: 'memcached', snapshotRetentionDays: 1 }), ['cache'], {
    message: /Page cache is a Memcached cluster with a snapshot retention of 1 day,/,
  }),
  fires('memcached with retention 35', withCache({ engine: 'memcached', snapshotRetentionDays: 35 }), ['cache']),
  passes('the clean reference design (no elasticache)', base),
  passes('memcached with retention 0', withCache({ engine: 'memcached', snapshotRetentionDays: 0 })),
  passes('redis with retention 7', withCache({ engine: 'redis', snapshotRetentionDays: 7 })),
]);
