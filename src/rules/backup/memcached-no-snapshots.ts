import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

export const memcachedNoSnapshots = defineRule({
  id: 'backup/memcached-no-snapshots',
  severity: 'error',
  title: 'No snapshots on Memcached',
  description:
    'An elasticache with engine memcached has snapshotRetentionDays above 0 (only Redis has backup and restore).',
  section: 'ElastiCache Security',
  basis: {
    kind: 'document',
    quote:
      'ElastiCache for Redis provides backup and restore functionality, where you can create a snapshot of your entire Redis cluster as it exists at a specific point in time.',
  },
  fix: 'Set the snapshot retention of a Memcached cluster to 0, or switch the engine to Redis if the cache data must survive a restore.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('elasticache'); i < list.length; i++) {
      const cache = list[i]!;
      if (nodeProp(cache, 'engine') !== 'memcached') continue;
      const retention = nodeProp(cache, 'snapshotRetentionDays');
      if (retention <= 0) continue;
      report({
        target: nodeTarget(cache.id),
        message: `${index.name(cache)} is a Memcached cluster with a snapshot retention of ${days(retention)}, but only Redis has backup and restore: set snapshotRetentionDays to 0 or use the redis engine.`,
      });
    }
  },
  quickFix: {
    label: 'Set snapshot retention to 0',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'elasticache', (p) =>
        p.engine === 'memcached' && p.snapshotRetentionDays > 0 ? { snapshotRetentionDays: 0 } : undefined,
      ),
  },
});
