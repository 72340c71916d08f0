import { nodeProps } from '../../catalog/resolveProps';
import { ANYWHERE, parseCidr } from '../../model/cidr';
import { setNodeProps } from '../../model/edits';
import { GraphIndex } from '../../model/graphIndex';
import { isEdgeOf } from '../../model/guards';
import { formatPorts } from '../../model/ports';
import type { Diagram, PropValue } from '../../model/types';
import { defineRule } from '../defineRule';
import { edgeTarget, type FindingTarget } from '../types';
import { AclCache, aclBlock, describeTraffic, entriesOf, entryMatches, type AclBlock } from './aclPasses';

/** AWS accepts rule numbers 1 to 32766. */
const MAX_RULE = 32766;

export const flowBlockedByAcl = defineRule({
  id: 'net/flow-blocked-by-acl',
  severity: 'warning',
  title: 'Flows pass the network ACLs',
  description:
    'A flow fails any of the four network ACL passes (request out of the source subnet, request into the target subnet, reply out of the target subnet, reply into the source subnet), so it will not work as drawn.',
  section: 'RDS Security / Network Isolation',
  basis: {
    kind: 'document',
    quote: 'In addition, network traffic entering and exiting each subnet can be allowed or denied via network ACLs.',
  },
  fix: 'Network ACLs are stateless: allow the request on its ports out of the source subnet and into the target subnet, and the reply on ephemeral ports 1024-65535 back the other way, ahead of any entry that denies it.',
  check(index, report) {
    const cache = new AclCache();
    // Flows failing the same pass the same way share one AclBlock, so each explanation is written once.
    const explained = new Map<AclBlock, string>();
    for (let i = 0, list = index.flows; i < list.length; i++) {
      const flow = list[i]!;
      const block = aclBlock(index, flow, cache);
      if (block === undefined) continue;
      let why = explained.get(block);
      if (why === undefined) {
        why = explain(index, block);
        explained.set(block, why);
      }
      report({ target: edgeTarget(flow.id), message: `${index.describeEdge(flow)} is blocked: ${why}` });
    }
  },
  quickFix: {
    label: 'Add network ACL entries allowing this flow',
    apply: (diagram: Diagram, target: FindingTarget) => (target.kind === 'edge' ? allowFlow(diagram, target.id) : diagram),
  },
});

function explain(index: GraphIndex, block: AclBlock): string {
  const reply = block.pass.startsWith('reply');
  const acl = `the ${block.direction} network ACL of ${index.name(block.subnet)}`;
  const traffic = describeTraffic(block.traffic.protocol, block.failing);
  const what = `${reply ? `the reply, ${traffic},` : traffic} ${block.direction === 'inbound' ? 'from' : 'to'} ${block.farCidr}`;
  if (block.deniedBy !== undefined) {
    return `rule ${block.deniedBy.rule} of ${acl} denies ${what}; add an allow entry numbered below ${block.deniedBy.rule} or narrow the deny.`;
  }
  return `${acl} has no entry allowing ${what}; add an allow entry for it.`;
}

/**
 * Adds, pass by pass, one allow entry for exactly the traffic the flow needs,
 * numbered ahead of the first entry that would deny it, so only that traffic
 * changes. All or nothing: when no rule number is free below a deny, the
 * diagram is returned as it was.
 */
function allowFlow(diagram: Diagram, flowId: string): Diagram {
  let current = diagram;
  for (let pass = 0; pass < 4; pass++) {
    const index = new GraphIndex(current);
    const flow = index.edge(flowId);
    if (flow === undefined || !isEdgeOf(flow, 'network')) return current;
    const block = aclBlock(index, flow);
    if (block === undefined) return current;
    const rule = freeRuleNumber(block);
    if (rule === undefined) return diagram;
    const entry: Record<string, PropValue> = {
      rule,
      direction: block.direction,
      action: 'allow',
      protocol: block.traffic.protocol,
      ports: block.traffic.protocol === 'tcp' || block.traffic.protocol === 'udp' ? formatPorts(block.traffic.ports) : 'all',
      cidr: block.farCidr,
    };
    const acl = nodeProps(block.subnet).networkAcl as unknown as readonly PropValue[];
    current = setNodeProps(current, block.subnet.id, { networkAcl: [...acl, entry] });
  }
  return current;
}

function freeRuleNumber(block: AclBlock): number | undefined {
  const sorted = entriesOf(block.subnet, block.direction);
  const used = new Set(sorted.map((c) => c.entry.rule));
  const far = parseCidr(block.farCidr) ?? ANYWHERE;
  const { protocol, ports } = block.traffic;
  const firstDeny = sorted.find((c) => {
    if (c.entry.action !== 'deny' || !entryMatches(c, protocol, far)) return false;
    if (protocol === 'icmp') return true;
    return c.ports !== undefined && c.ports.from <= ports.to && ports.from <= c.ports.to;
  })?.entry;
  if (firstDeny === undefined) {
    // Nothing denies it: append after the last entry, on the usual step of 10.
    const last = sorted.length === 0 ? 0 : sorted[sorted.length - 1]!.entry.rule;
    const next = sorted.length === 0 ? 100 : (Math.floor(last / 10) + 1) * 10;
    if (next <= MAX_RULE) return next;
    return highestFree(used, MAX_RULE);
  }
  return highestFree(used, firstDeny.rule - 1);
}

function highestFree(used: ReadonlySet<number>, from: number): number | undefined {
  for (let n = Math.min(from, MAX_RULE); n >= 1; n--) if (!used.has(n)) return n;
  return undefined;
}
