import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { Diagram } from '../../model/types';
import { nodeTarget } from '../types';
import { redshiftRetentionLimit } from './redshift-retention-limit';

const base = referenceDesign();
const withDays = (days?: number) =>
  withItems(
    base,
    node('dw', 'redshift', {
      parent: 'private-b',
      label: 'Warehouse',
      ...(days === undefined ? {} : { props: { snapshotRetentionDays: days } }),
    }),
  );

describeRule(redshiftRetentionLimit, [
  fires('retention 0 days', withDays(0), ['dw'], { message: /Warehouse keeps automated snapshots for 0 days.*at least 1/ }),
  fires('retention 36 days', withDays(36), ['dw'], { message: /36 days.*35 or less/ }),
  fires('retention -5 days', withDays(-5), ['dw']),
  passes('the clean reference design (no redshift)', base),
  passes('the default retention (1 day)', withDays()),
  passes('retention 1 day', withDays(1)),
  passes('retention 35 days', withDays(35)),
]);

describe('backup/redshift-retention-limit quick fix', () => {
  const daysAfterFix = (d: Diagram) =>
    redshiftRetentionLimit.quickFix!.apply(d, nodeTarget('dw')).nodes.find((n) => n.id === 'dw')!.props![
      'snapshotRetentionDays'
    ];
  it('moves a retention below 1 up to 1', () => expect(daysAfterFix(withDays(0))).toBe(1));
  it('moves a retention above 35 down to 35', () => expect(daysAfterFix(withDays(90))).toBe(35));
});
