import { addLinkedNode } from '../iam/addLinkedNode';
import { defineRule } from '../defineRule';
import { nodeTarget } from '../types';

export const rdsEventNotifications = defineRule({
  id: 'mon/rds-event-notifications',
  severity: 'info',
  title: 'RDS event notifications',
  description: 'An rds is the source of no notification edge.',
  section: 'RDS / Event Notification',
  basis: {
    kind: 'document',
    quote:
      'You can receive notifications of a variety of important events that can occur on your RDS instance, such as whether the instance was shut down, a backup was started, a failover occurred, the security group was changed, or your storage space is low. ... RDS events are published via AWS SNS and sent to you as an email or text message.',
  },
  fix: 'Subscribe the instance to RDS event notifications: draw a notification edge from it to an SNS topic that reaches the people on call.',
  check(index, report) {
    for (let i = 0, list = index.nodesOfType('rds'); i < list.length; i++) {
      const db = list[i]!;
      if (index.outEdges(db.id, 'notification').length > 0) continue;
      report({
        target: nodeTarget(db.id),
        message: `${index.name(db)} publishes no event notifications: add a notification edge to an SNS topic so failovers, shutdowns and low storage reach someone.`,
      });
    }
  },
  quickFix: {
    label: 'Add an SNS topic for its events',
    apply: (diagram, target) => {
      if (target.kind !== 'node') return diagram;
      const db = diagram.nodes.find((n) => n.id === target.id);
      if (db?.type !== 'rds') return diagram;
      if (diagram.edges.some((e) => e.kind === 'notification' && e.source === db.id)) return diagram;
      return addLinkedNode(diagram, db.id, {
        type: 'sns-topic',
        labelSuffix: ' events',
        idSuffix: '-events',
        edgeKind: 'notification',
      }).diagram;
    },
  },
});
