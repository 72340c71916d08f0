import { addLinkedNode } from '../iam/addLinkedNode';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const redshiftAuditLogging = defineRule({
  id: 'mon/redshift-audit-logging',
  severity: 'warning',
  title: 'Redshift audit logging',
  description: 'A redshift is the source of no logging edge.',
  section: 'Redshift / Database Audit Logging',
  basis: {
    kind: 'document',
    quote:
      'Amazon Redshift logs all SQL operations, including connection attempts, queries, and changes to your database. You can access these logs using SQL queries against system tables or choose to have them downloaded to a secure Amazon S3 bucket. You can then use these audit logs to monitor your cluster for security and troubleshooting purposes.',
  },
  fix: 'Turn on audit logging for the cluster: draw a logging edge from it to a private, versioned S3 bucket.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      if (index.outEdges(cluster.id, 'logging').length > 0) continue;
      report({
        target: nodeTarget(cluster.id),
        message: `${index.name(cluster)} delivers no audit logs: enable audit logging with a logging edge to a private S3 bucket.`,
      });
    }
  },
  quickFix: {
    label: 'Add an S3 bucket for its audit logs',
    apply: (diagram, target) => {
      if (target.kind !== 'node') return diagram;
      const cluster = diagram.nodes.find((n) => n.id === target.id);
      if (cluster?.type !== 'redshift') return diagram;
      if (diagram.edges.some((e) => e.kind === 'logging' && e.source === cluster.id)) return diagram;
      return addLinkedNode(diagram, cluster.id, {
        type: 's3-bucket',
        labelSuffix: ' audit logs',
        idSuffix: '-audit-logs',
        // Versioned so the new bucket does not itself trip backup/s3-versioning.
        props: { versioning: true },
        edgeKind: 'logging',
      }).diagram;
    },
  },
});
