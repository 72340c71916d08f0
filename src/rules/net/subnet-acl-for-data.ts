import { DATA_STORE_TYPES } from '../../catalog/kinds';
import type { AclEntry } from '../../catalog/propSpec';
import { edgeProps, flowSourceCidr, nodeProps, nodeProp } from '../../catalog/resolveProps';
import { setNodeProps } from '../../model/edits';
import { isNodeOf, type EdgeOf, type NodeOf } from '../../model/guards';
import { GraphIndex } from '../../model/graphIndex';
import type { Diagram, DiagramNode, PropValue } from '../../model/types';
import { defineRule } from '../defineRule';
import { nodeTarget, type FindingTarget } from '../types';

export const subnetAclForData = defineRule({
  id: 'net/subnet-acl-for-data',
  severity: 'warning',
  title: 'Network ACL on data subnets',
  description:
    'A subnet that holds a data store (rds, redshift or elasticache) has an empty networkAcl (the default ACL allows everything).',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote: 'In addition, network traffic entering and exiting each subnet can be allowed or denied via network ACLs.',
  },
  fix: 'Give the subnet its own network ACL that allows only the database traffic it needs in (and the ephemeral-port replies out), so a mistaken security group is not the only barrier.',
  check(index, report) {
    const reported = new Set<string>();
    for (let i = 0, list = index.nodesOfType(...DATA_STORE_TYPES); i < list.length; i++) {
      const store = list[i]!;
      const subnet = index.subnetOf(store);
      if (subnet === undefined || reported.has(subnet.id)) continue;
      if (nodeProp(subnet, 'networkAcl').length > 0) continue;
      reported.add(subnet.id);
      report({
        target: nodeTarget(subnet.id),
        message: `${index.name(subnet)} holds ${index.name(store)} but uses the default network ACL, which allows all traffic: add entries that allow only the flows its data stores need.`,
      });
    }
  },
  quickFix: {
    label: 'Add network ACL entries for the drawn flows',
    apply: (diagram: Diagram, target: FindingTarget) => {
      if (target.kind !== 'node') return diagram;
      const index = new GraphIndex(diagram);
      const subnet = index.node(target.id);
      if (subnet === undefined || !isNodeOf(subnet, 'subnet')) return diagram;
      // Applied twice, or after the user wrote entries: theirs stand.
      if (nodeProp(subnet, 'networkAcl').length > 0) return diagram;
      const entries = entriesForDrawnFlows(index, subnet);
      // AclEntry is plain JSON; its interface just lacks PropValue's index signature.
      return setNodeProps(diagram, subnet.id, { networkAcl: entries as unknown as PropValue });
    },
  },
});

type Entry = Omit<AclEntry, 'rule'>;

/**
 * Entries that keep every flow crossing the subnet's border working under the
 * stateless ACL semantics of controls.md: the request on the flow's ports and
 * the reply on the ephemeral ports, each against the exact address range of
 * the far side. Every node of the subnet is covered, not only its data
 * stores, because the ACL applies to the whole subnet. A subnet with no such
 * flow gets explicit deny-all entries: nothing drawn needs to cross it.
 */
function entriesForDrawnFlows(index: GraphIndex, subnet: NodeOf<'subnet'>): AclEntry[] {
  const inbound = new Map<string, Entry>();
  const outbound = new Map<string, Entry>();
  const add = (list: Map<string, Entry>, rule: Entry): void => {
    const key = `${rule.protocol} ${rule.ports} ${rule.cidr}`;
    if (!list.has(key)) list.set(key, rule);
  };
  const inside = (node: DiagramNode | undefined): boolean => node !== undefined && index.subnetOf(node)?.id === subnet.id;

  for (let i = 0, list = index.childrenOf(subnet.id); i < list.length; i++) {
    const member = list[i]!;
    for (let j = 0, inner = index.inEdges(member.id, 'network'); j < inner.length; j++) {
      const flow = inner[j]!;
      const source = index.node(flow.source);
      if (source === undefined || inside(source)) continue;
      const cidr = addressOf(index, source, flow, 'source');
      add(inbound, request(flow, cidr, 'inbound'));
      add(outbound, reply(flow, cidr, 'outbound'));
    }
    for (let j = 0, inner = index.outEdges(member.id, 'network'); j < inner.length; j++) {
      const flow = inner[j]!;
      const target = index.node(flow.target);
      if (target === undefined || inside(target)) continue;
      const cidr = addressOf(index, target, flow, 'target');
      add(outbound, request(flow, cidr, 'outbound'));
      add(inbound, reply(flow, cidr, 'inbound'));
    }
  }

  if (inbound.size === 0 && outbound.size === 0) {
    const denyAll = { action: 'deny', protocol: 'all', ports: 'all', cidr: '0.0.0.0/0' } as const;
    return [
      { rule: 100, direction: 'inbound', ...denyAll },
      { rule: 100, direction: 'outbound', ...denyAll },
    ];
  }
  return [...numbered(inbound), ...numbered(outbound)];
}

function numbered(list: Map<string, Entry>): AclEntry[] {
  // AWS rule numbers stop at 32766; spread them by 10 while they fit, so the user can insert between.
  const step = 100 + list.size * 10 <= 32766 ? 10 : 1;
  return [...list.values()].map((entry, i) => ({ rule: 100 + i * step, ...entry }));
}

function request(flow: EdgeOf<'network'>, cidr: string, direction: AclEntry['direction']): Entry {
  const { protocol, ports } = edgeProps(flow);
  // Ports mean nothing for icmp and for all traffic; "all" states that plainly.
  const entryPorts = protocol === 'tcp' || protocol === 'udp' ? ports : 'all';
  return { direction, action: 'allow', protocol, ports: entryPorts, cidr };
}

function reply(flow: EdgeOf<'network'>, cidr: string, direction: AclEntry['direction']): Entry {
  const { protocol } = edgeProps(flow);
  const entryPorts = protocol === 'tcp' || protocol === 'udp' ? '1024-65535' : 'all';
  return { direction, action: 'allow', protocol, ports: entryPorts, cidr };
}

/** The far side's address range, as controls.md assigns it for network ACLs. */
function addressOf(index: GraphIndex, node: DiagramNode, flow: EdgeOf<'network'>, end: 'source' | 'target'): string {
  const subnet = index.subnetOf(node);
  if (subnet !== undefined) return nodeProp(subnet, 'cidr');
  if (end === 'source') return flowSourceCidr(flow, node) ?? '0.0.0.0/0';
  if (node.type === 'corporate-network') return nodeProps(node as NodeOf<'corporate-network'>).cidr;
  return '0.0.0.0/0';
}
