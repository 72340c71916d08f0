import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const redshiftEncryption = defineRule({
  id: 'kms/redshift-encryption',
  severity: 'warning',
  title: 'Redshift cluster encrypted',
  description: 'A redshift has encrypted false.',
  section: 'Redshift / Data Encryption',
  basis: {
    kind: 'document',
    quote:
      'When creating a cluster, you can choose to encrypt it in order to provide additional protection for your data at rest.',
  },
  fix: 'Turn on encryption for the cluster, with its key in AWS KMS or in a CloudHSM.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      if (!nodeProp(cluster, 'encrypted')) {
        report({
          target: nodeTarget(cluster.id),
          message: `${index.name(cluster)} is not encrypted at rest: set encrypted to true.`,
        });
      }
    }
  },
  quickFix: {
    label: 'Encrypt the cluster (encrypted: true)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { encrypted: true }) : diagram,
  },
});
