import { describe, expect, it } from 'vitest';
import { describeRule, fires, passes, runRule } from '../testing/describeRule';
import { diagram, node, withItems, without } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { nodeTarget } from '../types';
import { publicSubnetNeedsIgw } from './public-subnet-needs-igw';

const base = referenceDesign();
const noGateway = without(base, 'igw');

describeRule(publicSubnetNeedsIgw, [
  fires('the reference design without its Internet gateway', noGateway, ['public-a'], {
    message: /Public subnet A is public but Production VPC has no Internet gateway/,
  }),
  fires(
    'two public subnets of one VPC (one gateway fixes both)',
    withItems(noGateway, node('public-b', 'subnet', { parent: 'vpc', props: { cidr: '10.0.3.0/24', public: true } })),
    ['public-a', 'public-b'],
  ),
  fires(
    'a public subnet whose VPC has none while another VPC has one',
    withItems(base, node('vpc-2', 'vpc'), node('edge-subnet', 'subnet', { parent: 'vpc-2', props: { public: true } })),
    ['edge-subnet'],
  ),
  passes('the clean reference design', base),
  passes(
    'a VPC without a gateway whose subnets are all private',
    without(noGateway, 'public-a', 'bastion', 'ssh-in', 'bastion-to-db'),
  ),
]);

describe('net/public-subnet-needs-igw quick fix', () => {
  const apply = publicSubnetNeedsIgw.quickFix!.apply;

  it('adds a labelled gateway inside the VPC, near its top-left when the VPC is positioned', () => {
    const positioned = diagram(
      node('v', 'vpc', { position: { x: 400, y: 300 } }),
      node('s', 'subnet', { parent: 'v', position: { x: 40, y: 120 }, props: { public: true } }),
    );
    const fixed = apply(positioned, nodeTarget('s'));
    const gateway = fixed.nodes.find((n) => n.type === 'internet-gateway')!;
    expect(gateway).toMatchObject({ id: 'v-igw', parent: 'v', label: 'Internet gateway' });
    expect(gateway.position!.x).toBeLessThan(100);
    expect(gateway.position!.y).toBeLessThan(100);
    expect(fixed.edges).toEqual([]);
    expect(runRule(publicSubnetNeedsIgw, fixed)).toEqual([]);
  });

  it('adds no position when the diagram is unpositioned (the app lays it out)', () => {
    const fixed = apply(noGateway, nodeTarget('public-a'));
    const gateway = fixed.nodes.find((n) => n.type === 'internet-gateway')!;
    expect(gateway.position).toBeUndefined();
    expect(gateway.id).toBe('vpc-igw');
  });

  it('picks a fresh id and leaves the diagram alone once the VPC has a gateway', () => {
    const taken = withItems(noGateway, node('vpc-igw', 'sns-topic'));
    const fixed = apply(taken, nodeTarget('public-a'));
    expect(fixed.nodes.find((n) => n.type === 'internet-gateway')!.id).toBe('vpc-igw-2');
    expect(apply(fixed, nodeTarget('public-a'))).toBe(fixed);
    expect(apply(base, nodeTarget('public-a'))).toBe(base);
  });
});
