import { edge, node, withItems, without } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes } from '../testing/describeRule';
import { internetFlowNeedsPublicSubnet } from './internet-flow-needs-public-subnet';

const base = referenceDesign();
const bastion = base.nodes.find((n) => n.id === 'bastion')!;
const fromInternet = (id: string, target: string) => edge(id, 'network', 'internet', target, { protocol: 'tcp', ports: '443' });

describeRule(internetFlowNeedsPublicSubnet, [
  passes('the clean reference design', base),
  fires('a flow to a bastion in a private subnet', withItems(base, { ...bastion, parent: 'private-b' }), ['ssh-in'], {
    message: /^Internet → SSH bastion \(tcp 22\) has no route: SSH bastion sits in private subnet Private subnet B; /,
  }),
  fires('a flow to a bastion outside any subnet', withItems(base, { ...bastion, parent: undefined }), ['ssh-in'], {
    message: /SSH bastion is not in any subnet/,
  }),
  fires('a public subnet in a VPC without an Internet gateway', without(base, 'igw'), ['ssh-in'], {
    message: /Public subnet A is public but its VPC has no Internet gateway/,
  }),
  fires('a flow to a data store in a private subnet', withItems(base, fromInternet('to-db', 'db')), ['to-db']),
  fires(
    'a flow to a nat-gateway, an ec2-instance and an emr-cluster in private subnets',
    withItems(
      base,
      node('nat', 'nat-gateway', { parent: 'private-b' }),
      node('app', 'ec2-instance', { parent: 'private-b' }),
      node('emr', 'emr-cluster', { parent: 'private-b' }),
      node('cache', 'elasticache'),
      node('dw', 'redshift', { parent: 'private-b' }),
      fromInternet('to-nat', 'nat'),
      fromInternet('to-app', 'app'),
      fromInternet('to-emr', 'emr'),
      fromInternet('to-cache', 'cache'),
      fromInternet('to-dw', 'dw'),
    ),
    ['to-nat', 'to-app', 'to-emr', 'to-cache', 'to-dw'],
  ),
  passes(
    'a nat-gateway and an ec2-instance in the routed public subnet',
    withItems(
      base,
      node('nat', 'nat-gateway', { parent: 'public-a' }),
      node('web', 'ec2-instance', { parent: 'public-a' }),
      fromInternet('to-nat', 'nat'),
      fromInternet('to-web', 'web'),
    ),
  ),
  passes(
    'regional services with public endpoints are exempt',
    withItems(
      base,
      node('bucket', 's3-bucket'),
      node('queue', 'sqs-queue'),
      node('topic', 'sns-topic'),
      node('stream', 'kinesis-stream'),
      fromInternet('f1', 'bucket'),
      fromInternet('f2', 'queue'),
      fromInternet('f3', 'topic'),
      fromInternet('f4', 'stream'),
    ),
  ),
  passes(
    'targets the rule does not list: cloudhsm, gateways, a corporate network',
    withItems(
      base,
      node('hsm', 'cloudhsm', { parent: 'private-b' }),
      node('vgw', 'vpn-gateway', { parent: 'vpc' }),
      node('corp', 'corporate-network'),
      fromInternet('f1', 'hsm'),
      fromInternet('f2', 'vgw'),
      fromInternet('f3', 'igw'),
      fromInternet('f4', 'corp'),
    ),
  ),
  passes(
    'a flow from a corporate network to a private node is not from the Internet',
    withItems(base, node('corp', 'corporate-network'), edge('f', 'network', 'corp', 'db', { protocol: 'tcp', ports: '5432' })),
  ),
]);
