import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { PropValue } from '../../model/types';
import { elasticacheSnapshots } from './elasticache-snapshots';

const base = referenceDesign();
const withCache = (props?: Record<string, PropValue>) =>
  withItems(
    base,
    node('cache', 'elasticache', { parent: 'private-b', label: 'Session cache', ...(props === undefined ? {} : { props }) }),
  );

describeRule(elasticacheSnapshots, [
  fires('a redis cluster with the default retention 0', withCache(), ['cache'], {
    message: /Session cache is a Redis cluster with automatic snapshots off/,
  }),
  fires('a redis cluster with retention 0 written out', withCache({ engine: 'redis', snapshotRetentionDays: 0 }), ['cache']),
  passes('the clean reference design (no elasticache)', base),
  passes('a redis cluster keeping snapshots 1 day', withCache({ snapshotRetentionDays: 1 })),
  passes('a memcached cluster with retention 0', withCache({ engine: 'memcached' })),
]);
