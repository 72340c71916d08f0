import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsFinalSnapshot } from './rds-final-snapshot';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;

describeRule(rdsFinalSnapshot, [
  fires(
    'an rds with finalSnapshotOnDelete false',
    withItems(base, { ...db, props: { ...db.props, finalSnapshotOnDelete: false } }),
    ['db'],
    { message: /Orders DB takes no final snapshot/ },
  ),
  fires(
    'a top-level rds with finalSnapshotOnDelete false',
    withItems(base, node('db2', 'rds', { props: { finalSnapshotOnDelete: false } })),
    ['db2'],
  ),
  passes('the clean reference design (default true)', base),
  passes(
    'finalSnapshotOnDelete explicitly true',
    withItems(base, { ...db, props: { ...db.props, finalSnapshotOnDelete: true } }),
  ),
]);
