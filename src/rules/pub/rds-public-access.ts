import { nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const rdsPublicAccess = defineRule({
  id: 'pub/rds-public-access',
  severity: 'error',
  title: 'RDS instance not publicly accessible',
  description: 'An rds has publiclyAccessible true.',
  section: 'RDS / Network Isolation',
  basis: {
    kind: 'document',
    quote: 'Running Amazon RDS in a VPC enables you to have a DB instance within a private subnet.',
  },
  fix: 'Turn off "Publicly accessible" so the instance gets no public IP address; reach it through a bastion host or a VPN.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (nodeProp(db, 'publiclyAccessible')) {
        report({
          target: nodeTarget(db.id),
          message: `${index.name(db)} is publicly accessible: set publiclyAccessible to false and reach it through a bastion host or VPN.`,
        });
      }
    }
  },
  quickFix: {
    label: 'Make it private (publiclyAccessible: false)',
    apply: (diagram, target: FindingTarget) =>
      target.kind === 'node' ? setNodeProps(diagram, target.id, { publiclyAccessible: false }) : diagram,
  },
});
