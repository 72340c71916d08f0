import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { Diagram } from '../../model/types';
import { nodeTarget } from '../types';
import { rdsRetentionLimit } from './rds-retention-limit';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const withDays = (days: number) => withItems(base, { ...db, props: { ...db.props, backupRetentionDays: days } });

describeRule(rdsRetentionLimit, [
  fires('retention 36 days', withDays(36), ['db'], { message: /Orders DB keeps automated backups for 36 days/ }),
  fires('retention -1 day', withDays(-1), ['db'], { message: /negative backup retention \(-1 day\)/ }),
  fires('retention 400 days on a top-level rds', withItems(base, node('db2', 'rds', { props: { backupRetentionDays: 400 } })), ['db2']),
  passes('the clean reference design', base),
  passes('retention 0 days (backups off is backup/rds-automated-backups)', withDays(0)),
  passes('retention 1 day', withDays(1)),
  passes('retention 35 days', withDays(35)),
]);

describe('backup/rds-retention-limit quick fix', () => {
  const fixed = (d: Diagram) => rdsRetentionLimit.quickFix!.apply(d, nodeTarget('db'));
  const daysOf = (d: Diagram) => d.nodes.find((n) => n.id === 'db')!.props!['backupRetentionDays'];

  it('clamps a retention above 35 to 35', () => {
    expect(daysOf(fixed(withDays(36)))).toBe(35);
  });
  it('sets a negative retention to 7, not 0, so backups stay on', () => {
    expect(daysOf(fixed(withDays(-1)))).toBe(7);
  });
  it('leaves a valid retention alone', () => {
    const d = withDays(0);
    expect(fixed(d)).toBe(d);
    expect(runRule(rdsRetentionLimit, d)).toEqual([]);
  });
});
