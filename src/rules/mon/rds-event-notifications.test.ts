import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { queueTopicPolicy } from '../pub/queue-topic-policy';
import { diagram, edge, node, without, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { COMPANION_OFFSET } from '../iam/addLinkedNode';
import { rdsEventNotifications } from './rds-event-notifications';

const base = referenceDesign();

describeRule(rdsEventNotifications, [
  fires('the reference rds without its notification edge', without(base, 'db-notify'), ['db'], {
    message: /Orders DB publishes no event notifications/,
  }),
  fires(
    'only the rds without a notification edge',
    withItems(base, node('db2', 'rds', { parent: 'private-b' }), edge('repl', 'replication', 'db', 'db2')),
    ['db2'],
  ),
  fires(
    'an rds with only a logging edge',
    withItems(without(base, 'db-notify'), node('b', 's3-bucket'), edge('db-logs', 'logging', 'db', 'b')),
    ['db'],
  ),
  passes('the clean reference design', base),
  passes('no rds at all', diagram(node('t', 'sns-topic'), node('dw', 'redshift'), edge('n', 'notification', 'dw', 't'))),
]);

describe('mon/rds-event-notifications quick fix', () => {
  const fix = rdsEventNotifications.quickFix!;
  it('adds "<db name> events" beside the database, at top level', () => {
    const positioned = diagram(
      node('vpc', 'vpc', { position: { x: 10, y: 20 } }),
      node('sub', 'subnet', { parent: 'vpc', position: { x: 30, y: 40 } }),
      node('db', 'rds', { parent: 'sub', label: 'Orders DB', position: { x: 50, y: 60 } }),
    );
    const fixed = fix.apply(positioned, { kind: 'node', id: 'db' });
    const topic = fixed.nodes.find((n) => n.type === 'sns-topic')!;
    expect(topic).toMatchObject({ label: 'Orders DB events', position: { x: 90 + COMPANION_OFFSET.x, y: 120 + COMPANION_OFFSET.y } });
    expect(topic.parent).toBeUndefined();
    expect(fixed.edges).toEqual([{ id: 'db-notification', kind: 'notification', source: 'db', target: topic.id }]);
    expect(runRule(queueTopicPolicy, fixed)).toEqual([]);
  });
  it('is a no-op once the database notifies', () => {
    expect(fix.apply(base, { kind: 'node', id: 'db' })).toBe(base);
    expect(fix.apply(base, { kind: 'node', id: 'gone' })).toBe(base);
  });
});
