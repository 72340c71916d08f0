import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

export const elasticacheSnapshots = defineRule({
  id: 'backup/elasticache-snapshots',
  severity: 'warning',
  title: 'ElastiCache Redis automatic snapshots',
  description: 'An elasticache with engine redis has snapshotRetentionDays 0.',
  section: 'ElastiCache Security',
  basis: {
    kind: 'document',
    quote:
      'ElastiCache for Redis provides backup and restore functionality, where you can create a snapshot of your entire Redis cluster as it exists at a specific point in time. You can schedule automatic, recurring daily snapshots or you can create a manual snapshot at any time.',
  },
  fix: 'Turn on automatic daily snapshots by giving the Redis cluster a snapshot retention period of at least one day.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('elasticache'); i < list.length; i++) {
      const cache = list[i]!;
      if (nodeProp(cache, 'engine') !== 'redis' || nodeProp(cache, 'snapshotRetentionDays') !== 0) continue;
      report({
        target: nodeTarget(cache.id),
        message: `${index.name(cache)} is a Redis cluster with automatic snapshots off, so its data cannot be restored: set snapshotRetentionDays to at least 1.`,
      });
    }
  },
  quickFix: {
    // One day is what the console proposes when automatic backups are turned on.
    label: 'Keep daily snapshots for 1 day',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 'elasticache', (p) =>
        p.engine === 'redis' && p.snapshotRetentionDays === 0 ? { snapshotRetentionDays: 1 } : undefined,
      ),
  },
});
