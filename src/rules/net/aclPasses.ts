/**
 * The four network ACL passes of controls.md ("Network ACLs"): a flow's
 * request leaves its source subnet and enters its target subnet, and, ACLs
 * being stateless, its reply has to make the same two crossings back.
 * `aclBlock` returns the first pass a flow fails, with enough detail for a
 * message and for the quick fix to insert the missing entry.
 */
import { edgeProp, flowSourceCidr, nodeProp } from '../../catalog/resolveProps';
import type { AclEntry } from '../../catalog/propSpec';
import { ANYWHERE, cidrContains, parseCidr, type CidrRange } from '../../model/cidr';
import type { GraphIndex } from '../../model/graphIndex';
import type { EdgeOf, NodeOf } from '../../model/guards';
import { ALL_PORTS, EPHEMERAL_PORTS, formatPorts, parsePorts, type PortRange } from '../../model/ports';
import type { DiagramNode } from '../../model/types';

export type AclProtocol = AclEntry['protocol'];
export type AclDirection = AclEntry['direction'];

/** What one pass checks: a protocol and, except for icmp, a port range. */
export interface Traffic {
  readonly protocol: AclProtocol;
  readonly ports: PortRange;
}

export type PassName = 'request-out' | 'request-in' | 'reply-out' | 'reply-in';

export interface AclBlock {
  readonly pass: PassName;
  readonly subnet: NodeOf<'subnet'>;
  readonly direction: AclDirection;
  /** The whole traffic of the pass (what an added entry must allow). */
  readonly traffic: Traffic;
  /** The far side's address range as written (subnet cidr, sourceCidr, ...). */
  readonly farCidr: string;
  /** The ports that fail (several ranges when unmatched ports are scattered). */
  readonly failing: readonly PortRange[];
  /** The entry whose deny decides them; undefined when no entry matches. */
  readonly deniedBy?: AclEntry;
}

/** The request and reply traffic of one flow. */
export interface FlowTraffic {
  readonly request: Traffic;
  readonly reply: Traffic;
}

const ALL_TRAFFIC: FlowTraffic = {
  request: { protocol: 'all', ports: ALL_PORTS },
  reply: { protocol: 'all', ports: ALL_PORTS },
};
const ICMP_TRAFFIC: FlowTraffic = {
  request: { protocol: 'icmp', ports: ALL_PORTS },
  reply: { protocol: 'icmp', ports: ALL_PORTS },
};

/** The request and reply traffic of a flow, per the protocol rules of controls.md. */
export function flowTraffic(flow: EdgeOf<'network'>): FlowTraffic {
  const protocol = edgeProp(flow, 'protocol');
  if (protocol === 'all') return ALL_TRAFFIC;
  if (protocol === 'icmp') return ICMP_TRAFFIC;
  return portTraffic(protocol, edgeProp(flow, 'ports'));
}

function portTraffic(protocol: 'tcp' | 'udp', ports: string): FlowTraffic {
  // The reader refuses malformed ports; all ports is the conservative reading if one slips through.
  const range = parsePorts(ports) ?? ALL_PORTS;
  return { request: { protocol, ports: range }, reply: { protocol, ports: EPHEMERAL_PORTS } };
}

/** Where a flow's source sits, as the far side of the target's ACLs sees it. */
export function sourceAddress(index: GraphIndex, flow: EdgeOf<'network'>, source: DiagramNode): string {
  const subnet = index.subnetOf(source);
  if (subnet !== undefined) return nodeProp(subnet, 'cidr');
  return flowSourceCidr(flow, source) ?? '0.0.0.0/0';
}

/** Where a flow's target sits, as the far side of the source's ACLs sees it. */
export function targetAddress(index: GraphIndex, target: DiagramNode): string {
  const subnet = index.subnetOf(target);
  if (subnet !== undefined) return nodeProp(subnet, 'cidr');
  if (target.type === 'corporate-network') return nodeProp(target as NodeOf<'corporate-network'>, 'cidr');
  return '0.0.0.0/0';
}

/** An entry with its cidr and ports parsed once, since every flow through the subnet reads it. */
export interface CompiledEntry {
  readonly entry: AclEntry;
  /** Undefined when malformed (the reader refuses those): such an entry matches nothing. */
  readonly cidr: CidrRange | undefined;
  readonly ports: PortRange | undefined;
}

/** Entries of one direction in rule order; a stable sort keeps diagram order for equal numbers. */
export function entriesOf(
  subnet: NodeOf<'subnet'>,
  direction: AclDirection,
  compile: (entry: AclEntry) => CompiledEntry = compileEntry,
): readonly CompiledEntry[] {
  return nodeProp(subnet, 'networkAcl')
    .filter((e) => e.direction === direction)
    .sort((a, b) => a.rule - b.rule)
    .map(compile);
}

export function compileEntry(entry: AclEntry): CompiledEntry {
  return { entry, cidr: parseCidr(entry.cidr), ports: parsePorts(entry.ports) };
}

/** True when the entry applies to this protocol and far side (ports aside). */
export function entryMatches(compiled: CompiledEntry, protocol: AclProtocol, far: CidrRange): boolean {
  const { entry, cidr } = compiled;
  if (entry.protocol !== 'all' && entry.protocol !== protocol) return false;
  return cidr !== undefined && cidrContains(cidr, far);
}

export interface PassResult {
  readonly failing: readonly PortRange[];
  readonly deniedBy?: AclEntry;
}

/**
 * One pass against the sorted entries of one direction. Rather than port by
 * port, it carries the still-undecided port intervals down the rule list:
 * each matching entry decides its overlap with them, so the cost is entries
 * times intervals, whatever the width of the range.
 */
export function evaluatePass(sorted: readonly CompiledEntry[], traffic: Traffic, far: CidrRange): PassResult | undefined {
  const icmp = traffic.protocol === 'icmp';
  // icmp has no ports: one notional interval that every matching entry covers.
  let open: PortRange[] = [icmp ? ALL_PORTS : traffic.ports];
  for (let e = 0; e < sorted.length; e++) {
    const compiled = sorted[e]!;
    if (!entryMatches(compiled, traffic.protocol, far)) continue;
    const ports = icmp ? ALL_PORTS : compiled.ports;
    if (ports === undefined || !overlapsAny(open, ports)) continue;
    // The usual case, one interval left and the entry covering it, decides
    // the pass without splitting anything.
    if (open.length === 1 && ports.from <= open[0]!.from && open[0]!.to <= ports.to) {
      return compiled.entry.action === 'deny' ? { failing: open, deniedBy: compiled.entry } : undefined;
    }
    const hit: PortRange[] = [];
    const rest: PortRange[] = [];
    for (const r of open) {
      const from = Math.max(r.from, ports.from);
      const to = Math.min(r.to, ports.to);
      if (from > to) {
        rest.push(r);
        continue;
      }
      hit.push({ from, to });
      if (r.from < from) rest.push({ from: r.from, to: from - 1 });
      if (to < r.to) rest.push({ from: to + 1, to: r.to });
    }
    if (compiled.entry.action === 'deny') return { failing: hit, deniedBy: compiled.entry };
    open = rest.sort((a, b) => a.from - b.from);
    if (open.length === 0) return undefined;
  }
  return { failing: open };
}

function overlapsAny(ranges: readonly PortRange[], ports: PortRange): boolean {
  for (let i = 0; i < ranges.length; i++) if (ranges[i]!.from <= ports.to && ports.from <= ranges[i]!.to) return true;
  return false;
}

/**
 * Parsed ACLs and addresses, shared by every flow of one check: a diagram has
 * far more flows than subnets, so each ACL is sorted and parsed once.
 */
export interface SubnetAcl {
  readonly inbound: readonly CompiledEntry[];
  readonly outbound: readonly CompiledEntry[];
}

/** Each pass's place among a traffic's four verdict slots. */
const PASS_SLOT: Readonly<Record<PassName, number>> = { 'request-out': 0, 'request-in': 1, 'reply-out': 2, 'reply-in': 3 };

/**
 * Verdicts through one subnet by far address, then by traffic and pass:
 * slot trafficId * 4 + pass (undefined: not yet evaluated; null: it passes).
 * One Map per subnet and a small array per far address, rather than a Map per
 * pass and traffic: at 5,000 nodes those were some 2,300 Maps a validation.
 */
type Verdicts = Map<string, (AclBlock | null | undefined)[]>;

interface SubnetState {
  readonly acl: SubnetAcl | null;
  readonly verdicts: Verdicts;
}

/**
 * Everything one validation learns about the ACLs, so each question is
 * answered once: each subnet's entries sorted and parsed, each address range
 * parsed, each flow's traffic built once per distinct protocol and ports,
 * and each pass (subnet, direction, traffic, far address) evaluated once.
 * Flows between the same tiers ask the same questions, so a diagram of
 * hundreds of flows evaluates a few dozen passes, and flows that fail the
 * same way share one AclBlock (which lets the rule build its explanation
 * once). Valid only for one diagram: an edit makes a new index and cache.
 */
export class AclCache {
  private readonly subnets = new Map<string, SubnetState>();
  /** Addresses and port ranges as parsed (null: malformed), by their text: subnets' ACLs repeat the same few. */
  private readonly cidrs = new Map<string, CidrRange | null>();
  private readonly portRanges = new Map<string, PortRange | null>();
  private readonly compile = (entry: AclEntry): CompiledEntry => ({ entry, cidr: this.cidr(entry.cidr), ports: this.ports(entry.ports) });
  private readonly traffics = { tcp: new Map<string, FlowTraffic>(), udp: new Map<string, FlowTraffic>() };
  /** A small number for each distinct Traffic object, for the verdict slots. */
  private readonly trafficIds = new Map<Traffic, number>();

  /** The subnet's entries by direction; null for the default ACL (empty networkAcl), which allows everything. */
  acl(subnet: NodeOf<'subnet'>): SubnetAcl | null {
    return this.state(subnet).acl;
  }

  private state(subnet: NodeOf<'subnet'>): SubnetState {
    let state = this.subnets.get(subnet.id);
    if (state === undefined) {
      const acl =
        nodeProp(subnet, 'networkAcl').length === 0
          ? null
          : { inbound: entriesOf(subnet, 'inbound', this.compile), outbound: entriesOf(subnet, 'outbound', this.compile) };
      state = { acl, verdicts: new Map() };
      this.subnets.set(subnet.id, state);
    }
    return state;
  }

  /** The far side's range; the reader refuses malformed addresses, and anywhere is the strict reading if one slips through. */
  range(cidr: string): CidrRange {
    return this.cidr(cidr) ?? ANYWHERE;
  }

  private cidr(text: string): CidrRange | undefined {
    return parsedOnce(this.cidrs, text, parseCidr);
  }

  private ports(text: string): PortRange | undefined {
    return parsedOnce(this.portRanges, text, parsePorts);
  }

  /** flowTraffic, with one shared object per distinct protocol and ports (the pass memo keys on it). */
  traffic(flow: EdgeOf<'network'>): FlowTraffic {
    const protocol = edgeProp(flow, 'protocol');
    if (protocol === 'all') return ALL_TRAFFIC;
    if (protocol === 'icmp') return ICMP_TRAFFIC;
    const ports = edgeProp(flow, 'ports');
    const byPorts = this.traffics[protocol];
    let traffic = byPorts.get(ports);
    if (traffic === undefined) {
      traffic = portTraffic(protocol, ports);
      byPorts.set(ports, traffic);
    }
    return traffic;
  }

  /** The verdict of one pass, evaluated on first asking. */
  pass(pass: PassName, subnet: NodeOf<'subnet'>, direction: AclDirection, traffic: Traffic, farCidr: string): AclBlock | undefined {
    const state = this.state(subnet);
    let byTraffic = state.verdicts.get(farCidr);
    if (byTraffic === undefined) {
      byTraffic = [];
      state.verdicts.set(farCidr, byTraffic);
    }
    let trafficId = this.trafficIds.get(traffic);
    if (trafficId === undefined) {
      trafficId = this.trafficIds.size;
      this.trafficIds.set(traffic, trafficId);
    }
    const slot = trafficId * 4 + PASS_SLOT[pass];
    let verdict = byTraffic[slot];
    if (verdict === undefined) {
      const entries = direction === 'inbound' ? state.acl!.inbound : state.acl!.outbound;
      const result = evaluatePass(entries, traffic, this.range(farCidr));
      verdict =
        result === undefined ? null : { pass, subnet, direction, traffic, farCidr, failing: result.failing, deniedBy: result.deniedBy };
      byTraffic[slot] = verdict;
    }
    return verdict ?? undefined;
  }
}

/** `parse(text)`, remembered in `cache` (null for text that does not parse). */
function parsedOnce<T>(cache: Map<string, T | null>, text: string, parse: (text: string) => T | undefined): T | undefined {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    parsed = parse(text) ?? null;
    cache.set(text, parsed);
  }
  return parsed ?? undefined;
}

/**
 * The first of the four passes the flow fails, in the order the traffic
 * makes them, or undefined when the flow gets through. An empty networkAcl is
 * the default ACL and passes everything; two nodes of one subnet cross none.
 * Flows failing the same pass the same way get the same AclBlock object.
 */
export function aclBlock(index: GraphIndex, flow: EdgeOf<'network'>, cache: AclCache = new AclCache()): AclBlock | undefined {
  const source = index.node(flow.source);
  const target = index.node(flow.target);
  if (source === undefined || target === undefined) return undefined;
  const from = index.subnetOf(source);
  const to = index.subnetOf(target);
  if (from !== undefined && from.id === to?.id) return undefined;
  const fromAcl = from === undefined ? null : cache.acl(from);
  const toAcl = to === undefined ? null : cache.acl(to);
  if (fromAcl === null && toAcl === null) return undefined;
  const { request, reply } = cache.traffic(flow);
  const srcAddr = sourceAddress(index, flow, source);
  const dstAddr = targetAddress(index, target);
  return (
    (fromAcl === null ? undefined : cache.pass('request-out', from!, 'outbound', request, dstAddr)) ??
    (toAcl === null ? undefined : cache.pass('request-in', to!, 'inbound', request, srcAddr)) ??
    (toAcl === null ? undefined : cache.pass('reply-out', to!, 'outbound', reply, srcAddr)) ??
    (fromAcl === null ? undefined : cache.pass('reply-in', from!, 'inbound', reply, dstAddr))
  );
}

/** "tcp 5432", "udp 1024-65535", "icmp", "all traffic". */
export function describeTraffic(protocol: AclProtocol, ports: readonly PortRange[]): string {
  if (protocol === 'icmp') return 'icmp';
  if (protocol === 'all') {
    const whole = ports.length === 1 && ports[0]!.from === 0 && ports[0]!.to === 65535;
    return whole ? 'all traffic' : `all traffic on ports ${ports.map(formatPorts).join(', ')}`;
  }
  return `${protocol} ${ports.map(formatPorts).join(', ')}`;
}
