import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { redshiftRequireSsl } from './redshift-require-ssl';

const base = referenceDesign();

describeRule(redshiftRequireSsl, [
  fires(
    'a redshift with requireSsl false',
    withItems(base, node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse', props: { requireSsl: false } })),
    ['dw'],
    { message: /Warehouse accepts unencrypted connections/ },
  ),
  fires('a redshift that leaves requireSsl at its default (false)', withItems(base, node('dw', 'redshift')), ['dw']),
  passes('the clean reference design (no redshift)', base),
  passes('a redshift with requireSsl true', withItems(base, node('dw', 'redshift', { props: { requireSsl: true } }))),
]);
