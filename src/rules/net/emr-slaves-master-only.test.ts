import { diagram, edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes } from '../testing/describeRule';
import { emrSlavesMasterOnly } from './emr-slaves-master-only';

const base = referenceDesign();
const emr = (masterPublicSsh: boolean) => node('emr', 'emr-cluster', { parent: 'public-a', label: 'Analytics EMR', props: { masterPublicSsh } });
const flow = (id: string, source: string, protocol: string, ports: string) => edge(id, 'network', source, 'emr', { protocol, ports });
const corp = node('corp', 'corporate-network', { label: 'Head office' });

describeRule(emrSlavesMasterOnly, [
  passes('the clean reference design', base),
  passes('tcp 22 from the Internet with masterPublicSsh on', withItems(base, emr(true), flow('f', 'internet', 'tcp', '22'))),
  passes('tcp 22 from a corporate network with masterPublicSsh on', withItems(base, emr(true), corp, flow('f', 'corp', 'tcp', '22'))),
  passes('the one-port range 22-22 is exactly port 22', withItems(base, emr(true), flow('f', 'internet', 'tcp', '22-22'))),
  passes(
    'flows from inside the VPC, on any port, even with masterPublicSsh off',
    withItems(base, emr(false), flow('f1', 'bastion', 'tcp', '22'), flow('f2', 'db', 'all', 'all')),
  ),
  passes('an EMR cluster with no flows', diagram(node('emr', 'emr-cluster'))),
  fires('tcp 22 from the Internet with masterPublicSsh off', withItems(base, emr(false), flow('f', 'internet', 'tcp', '22')), ['f'], {
    message: /^Internet → Analytics EMR \(tcp 22\) reaches the cluster from outside: Analytics EMR has masterPublicSsh false, .*turn on masterPublicSsh/,
  }),
  fires('tcp 22 from a corporate network with the default masterPublicSsh', withItems(base, node('emr', 'emr-cluster'), corp, flow('f', 'corp', 'tcp', '22')), ['f']),
  fires(
    'anything other than exactly tcp 22, with masterPublicSsh on',
    withItems(
      base,
      emr(true),
      corp,
      flow('range', 'internet', 'tcp', '22-23'),
      flow('all-ports', 'internet', 'tcp', 'all'),
      flow('all', 'corp', 'all', 'all'),
      flow('udp', 'internet', 'udp', '22'),
      flow('web', 'internet', 'tcp', '8088'),
      flow('icmp', 'internet', 'icmp', 'all'),
    ),
    ['range', 'all-ports', 'all', 'udp', 'web', 'icmp'],
    { message: /only the master node's SSH port \(tcp 22\) may be opened to outside networks; restrict the flow to tcp 22 or remove it/ },
  ),
]);
