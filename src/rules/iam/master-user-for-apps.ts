import { nodeProp, edgeProp } from '../../catalog/resolveProps';
import { defineRule } from '../defineRule';
import { edgeTarget } from '../types';

export const masterUserForApps = defineRule({
  id: 'iam/master-user-for-apps',
  severity: 'warning',
  title: 'Applications do not sign in as the master user',
  description: "A flow into an rds has a non-empty dbUser equal to that rds's masterUsername.",
  section: 'RDS / Access Control',
  basis: {
    kind: 'document',
    quote:
      'The master user account is a native database user account that allows you to log on to your DB Instance with all database privileges. ... Subsequently, you can create additional user accounts so that you can restrict who can access your DB Instance.',
  },
  fix: 'Create a database user with only the privileges the client needs and set it as the flow\'s database user; keep the master user for administration.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      const flows = index.inEdges(db.id, 'network');
      if (flows.length === 0) continue;
      const master = nodeProp(db, 'masterUsername').trim().toLowerCase();
      if (master === '') continue;
      for (let j = 0; j < flows.length; j++) {
        const flow = flows[j]!;
        const user = edgeProp(flow, 'dbUser').trim();
        if (user === '' || user.toLowerCase() !== master) continue;
        report({
          target: edgeTarget(flow.id),
          message: `${index.describeEdge(flow)} signs in as the master user "${user}": create a database user with only the privileges this client needs and use it instead.`,
        });
      }
    }
  },
});
