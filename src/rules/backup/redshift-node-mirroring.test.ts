import { describeRule, fires, passes } from '../testing/describeRule';
import { node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { redshiftNodeMirroring } from './redshift-node-mirroring';

const base = referenceDesign();
const withNodes = (nodeCount?: number) =>
  withItems(
    base,
    node('dw', 'redshift', {
      parent: 'private-b',
      label: 'Warehouse',
      ...(nodeCount === undefined ? {} : { props: { nodeCount } }),
    }),
  );

describeRule(redshiftNodeMirroring, [
  fires('a single-node cluster', withNodes(1), ['dw'], { message: /Warehouse has a single node.*at least 2/ }),
  fires('a cluster with 0 nodes', withNodes(0), ['dw'], { message: /0 nodes/ }),
  passes('the clean reference design (no redshift)', base),
  passes('the default of 2 nodes', withNodes()),
  passes('two nodes', withNodes(2)),
  passes('eight nodes', withNodes(8)),
]);
