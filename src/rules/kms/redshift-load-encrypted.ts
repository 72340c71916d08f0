import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import { defineRule } from '../defineRule';
import { edgeTarget, type FindingTarget } from '../types';

export const redshiftLoadEncrypted = defineRule({
  id: 'kms/redshift-load-encrypted',
  severity: 'warning',
  title: 'Load data encrypted in S3',
  description: 'A load edge comes from an s3-bucket with serverSideEncryption false.',
  section: 'Redshift / Data Encryption',
  basis: {
    kind: 'document',
    quote:
      'To encrypt your table load data files when you upload them to Amazon S3, you can use Amazon S3 server-side encryption. When you load the data from Amazon S3, the COPY command will decrypt the data as it loads the table.',
  },
  fix: 'Turn on server-side encryption for the bucket the cluster loads from; COPY decrypts the files as it loads them.',
  check(index, report) {
    for (let i = 0, list = index.edgesOfKind('load'); i < list.length; i++) {
      const load = list[i]!;
      const bucket = index.node(load.source);
      if (bucket === undefined || !isNodeOf(bucket, 's3-bucket') || nodeProp(bucket, 'serverSideEncryption')) continue;
      report({
        target: edgeTarget(load.id),
        message: `${index.describeEdge(load)} loads from a bucket without server-side encryption: set serverSideEncryption to true on ${index.name(bucket)}.`,
      });
    }
  },
  quickFix: {
    label: 'Encrypt the bucket (serverSideEncryption: true)',
    apply: (diagram, target: FindingTarget) => {
      if (target.kind !== 'edge') return diagram;
      const load = diagram.edges.find((e) => e.id === target.id);
      return load === undefined ? diagram : setNodeProps(diagram, load.source, { serverSideEncryption: true });
    },
  },
});
