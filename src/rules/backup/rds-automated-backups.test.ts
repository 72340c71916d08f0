import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsAutomatedBackups } from './rds-automated-backups';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;
const withDb = (props: Record<string, number | boolean | string>) =>
  withItems(base, { ...db, props: { ...db.props, ...props } });
const replica = (props: Record<string, number>) =>
  node('replica', 'rds', { parent: 'private-b', label: 'Orders replica', props });

describeRule(rdsAutomatedBackups, [
  fires('an rds with backupRetentionDays 0', withDb({ backupRetentionDays: 0 }), ['db'], {
    message: /Orders DB has automated backups turned off/,
  }),
  fires(
    'the source of a replication edge with 0 (only the target is exempt)',
    withItems(withDb({ backupRetentionDays: 0 }), replica({}), edge('repl', 'replication', 'db', 'replica')),
    ['db'],
  ),
  fires('a top-level rds with 0', withItems(base, node('db2', 'rds', { props: { backupRetentionDays: 0 } })), ['db2']),
  passes('the clean reference design', base),
  passes('retention 1 day', withDb({ backupRetentionDays: 1 })),
  passes('an rds with the default retention', withItems(base, node('db2', 'rds'))),
  passes(
    'a read replica with 0',
    withItems(base, replica({ backupRetentionDays: 0 }), edge('repl', 'replication', 'db', 'replica')),
  ),
  // Out-of-range values are backup/rds-retention-limit's business.
  passes('a negative retention', withDb({ backupRetentionDays: -1 })),
]);
