import { nodeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';
import { patchNodeIf } from './patchNodeIf';

export const s3Versioning = defineRule({
  id: 'backup/s3-versioning',
  severity: 'info',
  title: 'S3 versioning on log and load buckets',
  description:
    'An s3-bucket that is the target of a logging edge, or the source of a load edge, has versioning false.',
  section: 'Elastic Transcoder Security',
  basis: {
    kind: 'document',
    quote:
      'For added protection against users accidently deleting media files, you can use the Versioning feature in Amazon S3 to preserve, retrieve, and restore every version of every object stored in an Amazon S3 bucket.',
  },
  fix: 'Turn on S3 Versioning (and consider MFA Delete) on buckets that hold audit logs or data loaded into Redshift, so deleted or overwritten objects can be restored.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('s3-bucket'); i < list.length; i++) {
      const bucket = list[i]!;
      if (nodeProp(bucket, 'versioning')) continue;
      const holdsLogs = index.inEdges(bucket.id, 'logging').length > 0;
      const feedsLoad = index.outEdges(bucket.id, 'load').length > 0;
      if (!holdsLogs && !feedsLoad) continue;
      const role = holdsLogs && feedsLoad ? 'holds audit logs and feeds Redshift loads' : holdsLogs ? 'holds audit logs' : 'feeds Redshift loads';
      report({
        target: nodeTarget(bucket.id),
        message: `${index.name(bucket)} ${role} but has versioning off, so a deleted or overwritten object is gone: set versioning to true.`,
      });
    }
  },
  quickFix: {
    label: 'Turn on versioning',
    apply: (diagram, target) =>
      patchNodeIf(diagram, target, 's3-bucket', (p) => (p.versioning ? undefined : { versioning: true })),
  },
});
