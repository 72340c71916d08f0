import { describe, expect, it } from 'vitest';
import { diagram, edge, node, withItems } from '../../testing/build';
import { referenceDesign } from '../../testing/referenceDesign';
import { describeRule, fires, passes } from '../testing/describeRule';
import { corporateNeedsVpn } from './corporate-needs-vpn';

const base = referenceDesign();
const corp = node('corp', 'corporate-network', { label: 'Head office' });
const corpToDb = edge('corp-db', 'network', 'corp', 'db', { protocol: 'tcp', ports: '5432' });
const withCorp = withItems(base, corp, corpToDb);
const vgw = node('vgw', 'vpn-gateway', { parent: 'vpc', label: 'VGW' });

describeRule(corporateNeedsVpn, [
  passes('the clean reference design', base),
  fires('a corporate flow into a VPC with no vpn-gateway', withCorp, ['corp-db'], {
    message: /^Head office → Orders DB \(tcp 5432\) enters Production VPC without a VPN: add a virtual private gateway to Production VPC and a VPN connection from Head office to it\.$/,
  }),
  fires('a vpn-gateway with no vpn edge', withItems(withCorp, vgw), ['corp-db'], {
    message: /add a VPN connection from Head office to VGW/,
  }),
  fires(
    'a vpn edge from a different corporate network',
    withItems(withCorp, vgw, node('branch', 'corporate-network'), edge('branch-vpn', 'vpn', 'branch', 'vgw')),
    ['corp-db'],
  ),
  fires(
    'a vpn edge into a gateway of another VPC',
    withItems(withCorp, node('vpc2', 'vpc'), node('vgw2', 'vpn-gateway', { parent: 'vpc2' }), edge('vpn', 'vpn', 'corp', 'vgw2')),
    ['corp-db'],
  ),
  fires(
    'every flow from the corporate network into the VPC',
    withItems(withCorp, edge('corp-ssh', 'network', 'corp', 'bastion', { protocol: 'tcp', ports: '22' })),
    ['corp-db', 'corp-ssh'],
  ),
  passes('a vpn edge from the corporate network to a gateway of the VPC', withItems(withCorp, vgw, edge('vpn', 'vpn', 'corp', 'vgw'))),
  passes(
    'a corporate flow to nodes outside any VPC',
    withItems(base, corp, node('bucket', 's3-bucket'), node('loose', 'ec2-instance'), edge('f1', 'network', 'corp', 'bucket'), edge('f2', 'network', 'corp', 'loose')),
  ),
  passes('a flow from the Internet into the VPC is not corporate', withItems(base, edge('f', 'network', 'internet', 'db'))),
]);

describe('net/corporate-needs-vpn quick fix', () => {
  const apply = (d: typeof base) => corporateNeedsVpn.quickFix!.apply(d, { kind: 'edge', id: 'corp-db' });

  it('adds a vpn-gateway to the VPC and a vpn edge to it', () => {
    const fixed = apply(withCorp);
    expect(fixed.nodes.length).toBe(withCorp.nodes.length + 1);
    const gateway = fixed.nodes.at(-1)!;
    expect(gateway).toMatchObject({ type: 'vpn-gateway', parent: 'vpc', label: 'Virtual private gateway' });
    expect(fixed.edges.at(-1)).toMatchObject({ kind: 'vpn', source: 'corp', target: gateway.id });
  });

  it('reuses the VPC gateway when there is one', () => {
    const d = withItems(withCorp, vgw);
    const fixed = apply(d);
    expect(fixed.nodes).toEqual(d.nodes);
    expect(fixed.edges.at(-1)).toMatchObject({ kind: 'vpn', source: 'corp', target: 'vgw' });
  });

  it('places the new gateway below the positioned children of the VPC', () => {
    const d = diagram(
      node('vpc', 'vpc'),
      { ...node('s', 'subnet', { parent: 'vpc', position: { x: 20, y: 40 } }), size: { width: 300, height: 200 } },
      node('app', 'ec2-instance', { parent: 's' }),
      corp,
      edge('corp-db', 'network', 'corp', 'app'),
    );
    expect(apply(d).nodes.find((n) => n.type === 'vpn-gateway')?.position).toEqual({ x: 20, y: 264 });
  });

  it('does nothing once the VPN is in place', () => {
    const d = withItems(withCorp, vgw, edge('vpn', 'vpn', 'corp', 'vgw'));
    expect(apply(d)).toBe(d);
  });
});
