import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf } from '../../model/guards';
import { defineRule } from '../defineRule';
import { edgeTarget, type FindingTarget } from '../types';

export const hsmKeyNeedsEncryption = defineRule({
  id: 'kms/hsm-key-needs-encryption',
  severity: 'error',
  title: 'HSM key only for an encrypted cluster',
  description: 'A key edge targets a redshift with encrypted false.',
  section: 'Redshift / Data Encryption',
  basis: {
    kind: 'document',
    quote:
      'The cluster key encrypts the database key for the Amazon Redshift cluster. You can use either AWS or a hardware security module (HSM) to store the cluster key.',
  },
  fix: 'An HSM can only hold the key of an encrypted cluster: turn on encryption for the cluster, or remove the key edge.',
  check(index, report) {
    for (let i = 0, list = index.edgesOfKind('key'); i < list.length; i++) {
      const key = list[i]!;
      const cluster = index.node(key.target);
      if (cluster === undefined || !isNodeOf(cluster, 'redshift') || nodeProp(cluster, 'encrypted')) continue;
      report({
        target: edgeTarget(key.id),
        message: `${index.describeEdge(key)} stores a key for a cluster that is not encrypted: set encrypted to true on ${index.name(cluster)}.`,
      });
    }
  },
  quickFix: {
    label: 'Encrypt the cluster (encrypted: true)',
    apply: (diagram, target: FindingTarget) => {
      if (target.kind !== 'edge') return diagram;
      const key = diagram.edges.find((e) => e.id === target.id);
      return key === undefined ? diagram : setNodeProps(diagram, key.target, { encrypted: true });
    },
  },
});
