import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { nodeTarget } from '../types';
import { maintenanceWindowDefault } from './maintenance-window-default';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const withWindow = (text: string) => withItems(base, { ...db, props: { ...db.props, maintenanceWindow: text } });

describeRule(maintenanceWindowDefault, [
  fires('an empty window', withWindow(''), ['db'], { message: /Orders DB has no maintenance window.*sun:03:00-sun:03:30/ }),
  fires('an rds with no window written (default empty)', withItems(base, node('db2', 'rds')), ['db2']),
  passes('the clean reference design', base),
  passes('a malformed window (ha/maintenance-window reports it)', withWindow('xyz')),
  passes('a blank window is not empty', withWindow(' ')),
]);

describe('ha/maintenance-window-default quick fix', () => {
  it('does not overwrite a window set since the finding', () => {
    const d = withWindow('mon:01:00-mon:02:00');
    expect(maintenanceWindowDefault.quickFix!.apply(d, nodeTarget('db'))).toBe(d);
  });
});
