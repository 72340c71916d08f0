/**
 * Position-less diagrams for layout tests: the Internet and a corporate
 * network, VPCs with gateways, public and private subnets holding compute
 * and data stores, and regional services and roles at the top level, wired
 * as such designs are (Internet -> gateway -> public -> private -> data,
 * VPN, assume, logging, notification, access, load). Seeded, so a failing
 * case can be replayed. Test-only.
 */
import type { EdgeKind, NodeType } from '../../catalog/kinds';
import { sortParentsFirst } from '../../model/structureEdits';
import type { Diagram, DiagramEdge, DiagramNode } from '../../model/types';

export interface GenerateOptions {
  readonly seed: number;
  /** Roughly how many nodes; the result is within a VPC's worth of it. */
  readonly nodes: number;
}

export function generateDiagram({ seed, nodes: target }: GenerateOptions): Diagram {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const add = (id: string, type: NodeType, parent?: string, props?: DiagramNode['props']): string => {
    nodes.push({ id, type, label: id, ...(parent === undefined ? {} : { parent }), ...(props === undefined ? {} : { props }) });
    return id;
  };
  const link = (kind: EdgeKind, source: string, target: string): void => {
    edges.push({ id: `e${edges.length}`, kind, source, target });
  };

  const internet = add('internet', 'internet');
  const corp = random() < 0.7 ? add('corp', 'corporate-network') : undefined;
  const bucket = add('logs', 's3-bucket');
  const topic = add('events', 'sns-topic');
  const queue = random() < 0.5 ? add('jobs', 'sqs-queue') : undefined;
  const stream = random() < 0.5 ? add('clicks', 'kinesis-stream') : undefined;
  const user = random() < 0.5 ? add('ops', 'iam-user') : undefined;

  for (let v = 0; nodes.length < target; v++) {
    const vpc = add(`vpc${v}`, 'vpc');
    const role = add(`role${v}`, 'iam-role');
    if (user !== undefined) link('assume', user, role);
    const igw = add(`igw${v}`, 'internet-gateway', vpc);
    link('network', internet, igw);
    if (corp !== undefined && random() < 0.6) link('vpn', corp, add(`vgw${v}`, 'vpn-gateway', vpc));
    const zones = 1 + Math.floor(random() * 3);
    const web: string[] = [];
    const app: string[] = [];
    for (let z = 0; z < zones; z++) {
      const pub = add(`v${v}pub${z}`, 'subnet', vpc, { public: true });
      const priv = add(`v${v}priv${z}`, 'subnet', vpc, { public: false });
      const webCount = Math.floor(random() * 4);
      for (let i = 0; i < webCount; i++) {
        const id = add(`v${v}web${z}_${i}`, i === 0 && random() < 0.3 ? 'bastion' : 'ec2-instance', pub);
        link('network', igw, id);
        link('assume', id, role);
        web.push(id);
      }
      if (random() < 0.3) add(`v${v}nat${z}`, 'nat-gateway', pub);
      const appCount = Math.floor(random() * 5);
      for (let i = 0; i < appCount; i++) {
        const type = pick<NodeType>(['ec2-instance', 'ec2-instance', 'emr-cluster', 'rds', 'elasticache', 'redshift']);
        const id = add(`v${v}app${z}_${i}`, type, priv);
        if (web.length > 0) link('network', pick(web), id);
        if (type === 'rds' || type === 'redshift') link('logging', id, bucket);
        if (type === 'rds' || type === 'redshift' || type === 'elasticache') link('notification', id, topic);
        if (type === 'redshift' && random() < 0.5) link('load', bucket, id);
        if (type === 'ec2-instance' || type === 'emr-cluster') {
          link('assume', id, role);
          for (const d of app) if (random() < 0.2) link('network', id, d);
          if (queue !== undefined && random() < 0.3) link('network', id, queue);
          if (stream !== undefined && random() < 0.3) link('network', id, stream);
        }
        app.push(id);
      }
    }
    link('access', role, bucket);
  }
  return { format: 'ramparts-diagram', version: 1, title: `Generated ${nodes.length}-node design`, nodes: sortParentsFirst(nodes), edges };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
