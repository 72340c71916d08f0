import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const redshiftRequireSsl = defineRule({
  id: 'tls/redshift-require-ssl',
  severity: 'warning',
  title: 'Redshift cluster requires SSL',
  description: 'A redshift has requireSsl false.',
  section: 'Redshift / SSL Connections',
  basis: {
    kind: 'document',
    quote:
      'You can encrypt the connection between your client and the cluster by specifying SSL in the parameter group associated with the cluster.',
  },
  fix: 'Set require_ssl in the cluster parameter group so that clients can only connect over SSL.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('redshift'); i < list.length; i++) {
      const cluster = list[i]!;
      if (!nodeProp(cluster, 'requireSsl')) {
        report({
          target: nodeTarget(cluster.id),
          message: `${index.name(cluster)} accepts unencrypted connections: set requireSsl to true (require_ssl in its parameter group).`,
        });
      }
    }
  },
  quickFix: {
    label: 'Require SSL (requireSsl: true)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { requireSsl: true }) : diagram,
  },
});
