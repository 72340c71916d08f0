import { describe, expect, it } from 'vitest';
import { nodeProps } from '../../catalog/resolveProps';
import { isNodeOf } from '../../model/guards';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { diagram, edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { s3PublicRead } from '../pub/s3-public-read';
import { COMPANION_OFFSET } from '../iam/addLinkedNode';
import { redshiftAuditLogging } from './redshift-audit-logging';

const base = referenceDesign();
const dw = node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse' });
const logs = node('logs', 's3-bucket', { props: { versioning: true } });

describeRule(redshiftAuditLogging, [
  fires('a redshift with no logging edge', withItems(base, dw), ['dw'], { message: /Warehouse delivers no audit logs/ }),
  fires(
    'a redshift whose bucket only loads into it',
    withItems(base, dw, logs, edge('load', 'load', 'logs', 'dw'), node('t', 'sns-topic'), edge('n', 'notification', 'dw', 't')),
    ['dw'],
  ),
  fires('a top-level redshift', withItems(base, node('dw2', 'redshift')), ['dw2']),
  passes('the clean reference design (no redshift)', base),
  passes('a redshift that logs to a bucket', withItems(base, dw, logs, edge('dw-logs', 'logging', 'dw', 'logs'))),
  passes('an rds without logging is not this rule', withItems(base, node('db2', 'rds'))),
]);

describe('mon/redshift-audit-logging quick fix', () => {
  const fix = redshiftAuditLogging.quickFix!;
  it('adds a versioned, private "<cluster name> audit logs" bucket beside the cluster', () => {
    const positioned = diagram(
      node('vpc', 'vpc', { position: { x: 0, y: 100 } }),
      node('sub', 'subnet', { parent: 'vpc', position: { x: 20, y: 20 } }),
      node('dw', 'redshift', { parent: 'sub', label: 'Warehouse', position: { x: 40, y: 40 } }),
    );
    const fixed = fix.apply(positioned, { kind: 'node', id: 'dw' });
    const bucket = fixed.nodes.find((n) => n.type === 's3-bucket')!;
    expect(bucket).toMatchObject({ label: 'Warehouse audit logs', position: { x: 60 + COMPANION_OFFSET.x, y: 160 + COMPANION_OFFSET.y } });
    expect(bucket.parent).toBeUndefined();
    expect(isNodeOf(bucket, 's3-bucket') && nodeProps(bucket).versioning).toBe(true);
    expect(fixed.edges).toEqual([{ id: 'dw-logging', kind: 'logging', source: 'dw', target: bucket.id }]);
    expect(runRule(s3PublicRead, fixed)).toEqual([]);
  });
  it('leaves the position out when the cluster has none', () => {
    const fixed = fix.apply(withItems(base, dw), { kind: 'node', id: 'dw' });
    expect(fixed.nodes.at(-1)!.position).toBeUndefined();
  });
  it('is a no-op once the cluster logs', () => {
    const logged = withItems(base, dw, logs, edge('dw-logs', 'logging', 'dw', 'logs'));
    expect(fix.apply(logged, { kind: 'node', id: 'dw' })).toBe(logged);
  });
});
