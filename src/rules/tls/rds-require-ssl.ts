import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const rdsRequireSsl = defineRule({
  id: 'tls/rds-require-ssl',
  severity: 'warning',
  title: 'RDS instance requires SSL',
  description: 'An rds has requireSsl false.',
  section: 'RDS Security / Encryption',
  basis: {
    kind: 'document',
    quote: 'You can also require your DB instance to only accept encrypted connections.',
  },
  fix: 'Require SSL on the DB instance (for example rds.force_ssl in its parameter group) so that no client can connect in plain text.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (!nodeProp(db, 'requireSsl')) {
        report({
          target: nodeTarget(db.id),
          message: `${index.name(db)} accepts unencrypted connections: set requireSsl to true so it only accepts SSL.`,
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
