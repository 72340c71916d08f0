import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { diagram, edge, node } from '../testing/build';
import { CANVAS_ELK_ID, fromElkGraph, toElkGraph } from './elkGraph';

const d = diagram(
  node('net', 'internet'),
  node('vpc', 'vpc'),
  node('pub', 'subnet', { parent: 'vpc', props: { public: true } }),
  node('priv', 'subnet', { parent: 'vpc' }),
  node('igw', 'internet-gateway', { parent: 'vpc' }),
  node('web', 'ec2-instance', { parent: 'pub' }),
  node('db', 'rds', { parent: 'priv' }),
  node('logs', 's3-bucket'),
  node('wh', 'redshift', { parent: 'priv' }),
  edge('e1', 'network', 'net', 'igw'),
  edge('e2', 'network', 'igw', 'web'),
  edge('e3', 'network', 'web', 'db'),
  edge('e3b', 'network', 'web', 'db'),
  edge('e4', 'logging', 'db', 'logs'),
  edge('e5', 'load', 'logs', 'wh'),
);

const find = (g: ElkNode, id: string): ElkNode | undefined => {
  if (g.id === id) return g;
  for (const c of g.children ?? []) {
    const hit = find(c, id);
    if (hit !== undefined) return hit;
  }
  return undefined;
};

describe('toElkGraph', () => {
  it('nests as the diagram nests, with resource sizes and container padding', () => {
    const g = toElkGraph(d);
    expect(g.id).toBe(CANVAS_ELK_ID);
    expect(g.layoutOptions!['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(g.children!.map((c) => c.id)).toEqual(['net', 'vpc', 'logs']);
    expect(find(g, 'vpc')!.children!.map((c) => c.id)).toEqual(['pub', 'priv', 'igw']);
    expect(find(g, 'web')).toMatchObject({ width: 120, height: 92 });
    expect(find(g, 'pub')!.layoutOptions!['elk.padding']).toBe('[top=44,left=24,bottom=24,right=24]');
  });

  it('pins the Internet first and regional services last, turning edges out of the last layer round', () => {
    const g = toElkGraph(d);
    expect(find(g, 'net')!.layoutOptions!['elk.layered.layering.layerConstraint']).toBe('FIRST_SEPARATE');
    expect(find(g, 'logs')!.layoutOptions!['elk.layered.layering.layerConstraint']).toBe('LAST_SEPARATE');
    const all: { s: string; t: string; holder: string }[] = [];
    const walk = (n: ElkNode): void => {
      for (const e of n.edges ?? []) all.push({ s: e.sources[0]!, t: e.targets[0]!, holder: n.id });
      for (const c of n.children ?? []) walk(c);
    };
    walk(g);
    expect(all).toContainEqual({ s: 'wh', t: 'logs', holder: CANVAS_ELK_ID });
    // Each edge sits in the lowest container holding both ends; duplicates merge.
    expect(all).toContainEqual({ s: 'web', t: 'db', holder: 'vpc' });
    expect(all).toContainEqual({ s: 'igw', t: 'web', holder: 'vpc' });
    expect(all.filter((e) => e.s === 'web' && e.t === 'db')).toHaveLength(1);
  });

  it('stands a container it does not expand in for everything inside it', () => {
    const g = toElkGraph(d, { root: '', expand: (id) => id !== 'priv' });
    expect(find(g, 'priv')!.children).toBeUndefined();
    expect(find(g, 'priv')).toMatchObject({ width: 280, height: 200 });
    const vpcEdges = find(g, 'vpc')!.edges!.map((e) => `${e.sources[0]}>${e.targets[0]}`);
    expect(vpcEdges).toContain('web>priv');
  });

  it('reads positions relative to the parent and container sizes back', () => {
    const laid: ElkNode = {
      id: CANVAS_ELK_ID,
      children: [
        { id: 'net', x: 0, y: 10.4 },
        { id: 'vpc', x: 180, y: 0, width: 600.2, height: 400, children: [{ id: 'pub', x: 24, y: 44, width: 200, height: 160, children: [{ id: 'web', x: 24.5, y: 44 }] }] },
      ],
    };
    const out = fromElkGraph(d, laid);
    const byId = new Map(out.nodes.map((n) => [n.id, n]));
    expect(byId.get('net')!.position).toEqual({ x: 0, y: 10 });
    expect(byId.get('vpc')!.size).toEqual({ width: 601, height: 400 });
    expect(byId.get('web')!.position).toEqual({ x: 25, y: 44 });
    expect(byId.get('web')!.size).toBeUndefined();
    expect(byId.get('db')!.position).toBeUndefined();
  });
});
