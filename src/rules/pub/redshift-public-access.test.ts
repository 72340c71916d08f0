import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { redshiftPublicAccess } from './redshift-public-access';

const base = referenceDesign();
const cluster = (props: Record<string, boolean>) =>
  node('dw', 'redshift', { parent: 'private-b', label: 'Warehouse', props });

describeRule(redshiftPublicAccess, [
  fires('a redshift with publiclyAccessible true', withItems(base, cluster({ publiclyAccessible: true })), ['dw'], {
    message: /Warehouse is publicly accessible/,
  }),
  fires(
    'a top-level redshift with publiclyAccessible true',
    withItems(base, node('dw2', 'redshift', { props: { publiclyAccessible: true } })),
    ['dw2'],
  ),
  passes('the clean reference design', base),
  passes('a redshift with the default (closed)', withItems(base, cluster({}))),
  passes('a redshift with publiclyAccessible explicitly false', withItems(base, cluster({ publiclyAccessible: false }))),
]);
