import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { rdsRequireSsl } from './rds-require-ssl';

const base = referenceDesign();
const db = base.nodes.find((n) => n.id === 'db')!;

describeRule(rdsRequireSsl, [
  fires(
    'the reference rds with requireSsl false',
    withItems(base, { ...db, props: { ...db.props, requireSsl: false } }),
    ['db'],
    { message: /Orders DB accepts unencrypted connections/ },
  ),
  fires('an rds that leaves requireSsl at its default (false)', withItems(base, node('db2', 'rds')), ['db2']),
  passes('the clean reference design', base),
  passes('an rds with requireSsl true', withItems(base, node('db2', 'rds', { props: { requireSsl: true } }))),
  passes('a redshift with requireSsl false is not an rds', withItems(base, node('dw', 'redshift'))),
]);
