import { describeRule, fires, passes } from '../testing/describeRule';
import { edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { hsmKeyNeedsEncryption } from './hsm-key-needs-encryption';

const base = referenceDesign();
const hsm = node('hsm', 'cloudhsm', { parent: 'private-b', label: 'Key HSM' });
const hsm2 = node('hsm2', 'cloudhsm', { parent: 'private-b', label: 'Standby HSM' });
const dw = (encrypted?: boolean) =>
  node('dw', 'redshift', {
    parent: 'private-b',
    label: 'Warehouse',
    ...(encrypted === undefined ? {} : { props: { encrypted } }),
  });

describeRule(hsmKeyNeedsEncryption, [
  fires(
    'a key edge into a redshift with encrypted false',
    withItems(base, hsm, dw(false), edge('hsm-key', 'key', 'hsm', 'dw')),
    ['hsm-key'],
    { message: /Key HSM → Warehouse \(key\) stores a key for a cluster that is not encrypted/ },
  ),
  fires(
    'two key edges into the same unencrypted cluster: one finding per edge',
    withItems(base, hsm, hsm2, dw(false), edge('k1', 'key', 'hsm', 'dw'), edge('k2', 'key', 'hsm2', 'dw')),
    ['k1', 'k2'],
  ),
  passes('the clean reference design (no key edge)', base),
  passes('a key edge into a redshift left at the default (encrypted)', withItems(base, hsm, dw(), edge('hsm-key', 'key', 'hsm', 'dw'))),
  passes('an unencrypted redshift with no key edge (kms/redshift-encryption)', withItems(base, hsm, dw(false))),
]);
