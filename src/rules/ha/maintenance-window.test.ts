import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import type { Diagram } from '../../model/types';
import { nodeTarget } from '../types';
import { maintenanceWindow } from './maintenance-window';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const withWindow = (text: string) => withItems(base, { ...db, props: { ...db.props, maintenanceWindow: text } });

describeRule(maintenanceWindow, [
  fires('a 29-minute window', withWindow('sun:03:00-sun:03:29'), ['db'], {
    message: /Orders DB has a maintenance window "sun:03:00-sun:03:29" that is too short \(it lasts 29 minutes.*at least 30 minutes/,
  }),
  fires('a window whose start equals its end (0 minutes)', withWindow('sun:03:00-sun:03:00'), ['db'], { message: /lasts 0 minutes/ }),
  fires('a 15-minute window across sunday midnight', withWindow('sun:23:50-mon:00:05'), ['db'], { message: /lasts 15 minutes/ }),
  fires('a one-digit hour', withWindow('sun:3:00-sun:03:30'), ['db'], { message: /malformed maintenance window .*hour "3"/ }),
  fires('hour 24', withWindow('sun:24:00-mon:00:30'), ['db'], { message: /malformed.*hour "24"/ }),
  fires('minute 60', withWindow('sun:03:60-sun:04:30'), ['db'], { message: /malformed.*minute "60"/ }),
  fires('not a window at all', withWindow('xyz'), ['db'], { message: /malformed maintenance window "xyz" \(it is not in the form/ }),
  fires('only a start', withWindow('sun:03:00'), ['db'], { message: /malformed/ }),
  fires('an unknown day', withWindow('sunday:03:00-sunday:03:30'), ['db'], { message: /"sunday" is not a day/ }),
  fires('blank but not empty', withWindow('   '), ['db'], { message: /malformed/ }),
  fires('a top-level rds with a bad window', withItems(base, node('db2', 'rds', { props: { maintenanceWindow: 'tue' } })), ['db2']),
  passes('the clean reference design (sun:03:00-sun:03:30)', base),
  passes('a 30-minute window', withWindow('wed:07:15-wed:07:45')),
  passes('a window crossing sunday midnight', withWindow('sun:23:45-mon:00:15')),
  passes('a window crossing an ordinary midnight', withWindow('tue:23:30-wed:00:00')),
  passes('a window running backwards wraps the week, so it is long', withWindow('sun:03:30-sun:03:00')),
  passes('day names in capitals', withWindow('Sun:03:00-SUN:04:00')),
  passes('an empty window (ha/maintenance-window-default reports it)', withWindow('')),
  passes('an rds with no window written', withItems(base, node('db2', 'rds'))),
]);

describe('ha/maintenance-window quick fix', () => {
  const windowAfterFix = (d: Diagram) =>
    maintenanceWindow.quickFix!.apply(d, nodeTarget('db')).nodes.find((n) => n.id === 'db')!.props!['maintenanceWindow'];
  it('keeps the start of a window that is only too short', () => {
    expect(windowAfterFix(withWindow('sun:23:50-mon:00:05'))).toBe('sun:23:50-mon:00:20');
  });
  it('replaces a malformed window with sun:03:00-sun:03:30', () => {
    expect(windowAfterFix(withWindow('sun:24:00-mon:00:30'))).toBe('sun:03:00-sun:03:30');
  });
  it('leaves a valid window alone', () => {
    const d = withWindow('sun:23:45-mon:00:15');
    expect(maintenanceWindow.quickFix!.apply(d, nodeTarget('db'))).toBe(d);
  });
});
