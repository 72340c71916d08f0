import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const s3PublicRead = defineRule({
  id: 'pub/s3-public-read',
  severity: 'warning',
  title: 'Log and load buckets not publicly readable',
  description: 'An s3-bucket that is the target of a logging edge or the source of a load edge has publicRead true.',
  section: 'Redshift / Database Audit Logging',
  basis: {
    kind: 'document',
    quote:
      'You can access these logs using SQL queries against system tables or choose to have them downloaded to a secure Amazon S3 bucket.',
  },
  fix: 'Turn off public read on the bucket (and keep S3 Block Public Access on); grant the cluster and the people who need the data access through IAM instead.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('s3-bucket'); i < list.length; i++) {
      const bucket = list[i]!;
      if (!nodeProp(bucket, 'publicRead')) continue;
      const holdsLogs = index.inEdges(bucket.id, 'logging').length > 0;
      if (!holdsLogs && index.outEdges(bucket.id, 'load').length === 0) continue;
      const role = holdsLogs ? 'receives audit logs' : 'feeds a Redshift load';
      report({
        target: nodeTarget(bucket.id),
        message: `${index.name(bucket)} ${role} but is publicly readable: set publicRead to false and grant access through IAM.`,
      });
    }
  },
  quickFix: {
    label: 'Block public read (publicRead: false)',
    apply: (diagram, target) => (target.kind === 'node' ? setNodeProps(diagram, target.id, { publicRead: false }) : diagram),
  },
});
