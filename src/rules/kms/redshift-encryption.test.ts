import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { redshiftEncryption } from './redshift-encryption';

const base = referenceDesign();

describeRule(redshiftEncryption, [
  fires(
    'a redshift with encrypted false',
    withItems(base, node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse', props: { encrypted: false } })),
    ['dw'],
    { message: /Warehouse is not encrypted at rest/ },
  ),
  passes('the clean reference design (no redshift)', base),
  passes('a redshift left at the default (encrypted)', withItems(base, node('dw', 'redshift'))),
  passes('a redshift with encrypted true', withItems(base, node('dw', 'redshift', { props: { encrypted: true } }))),
]);
