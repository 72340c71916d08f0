import { describe, expect, it } from 'vitest';
import { diagram, edge, node } from '../testing/build';
import { referenceDesign } from '../testing/referenceDesign';
import { EDGE_CATALOG } from './edgeCatalog';
import { NODE_CATALOG } from './nodeCatalog';
import { edgeProp, edgeProps, nodeProp, nodeProps } from './resolveProps';

describe('nodeProp and edgeProp', () => {
  const d = diagram(
    node('db', 'rds', { props: { multiAz: true, engine: 'postgres' } }),
    node('bare', 'rds'),
    node('a', 'ec2-instance'),
    edge('f', 'network', 'a', 'db', { ports: '5432' }),
    edge('g', 'network', 'a', 'bare'),
  );
  const [db, bare] = d.nodes as [(typeof d.nodes)[number] & { type: 'rds' }, (typeof d.nodes)[number] & { type: 'rds' }];
  const [f, g] = d.edges as [(typeof d.edges)[number] & { kind: 'network' }, (typeof d.edges)[number] & { kind: 'network' }];

  it('reads the stored value, else the catalog default', () => {
    expect(nodeProp(db, 'multiAz')).toBe(true);
    expect(nodeProp(db, 'engine')).toBe('postgres');
    expect(nodeProp(bare, 'multiAz')).toBe(NODE_CATALOG.rds.props.multiAz.default);
    expect(nodeProp(db, 'backupRetentionDays')).toBe(NODE_CATALOG.rds.props.backupRetentionDays.default);
    expect(edgeProp(f, 'ports')).toBe('5432');
    expect(edgeProp(g, 'ports')).toBe(EDGE_CATALOG.network.props.ports.default);
    expect(edgeProp(f, 'protocol')).toBe(EDGE_CATALOG.network.props.protocol.default);
  });

  it('agrees with nodeProps and edgeProps on every prop of the reference design', () => {
    const design = referenceDesign();
    for (const n of design.nodes) {
      const all = nodeProps(n) as Record<string, unknown>;
      for (const key of Object.keys(NODE_CATALOG[n.type].props)) expect(nodeProp(n, key as never), `${n.id}.${key}`).toEqual(all[key]);
    }
    for (const e of design.edges) {
      const all = edgeProps(e) as Record<string, unknown>;
      for (const key of Object.keys(EDGE_CATALOG[e.kind].props)) expect(edgeProp(e, key as never), `${e.id}.${key}`).toEqual(all[key]);
    }
  });

  it('never finds a catalog prop on Object.prototype, so an absent prop always falls back to its default', () => {
    const names = [...Object.values(NODE_CATALOG), ...Object.values(EDGE_CATALOG)].flatMap((def) => Object.keys(def.props));
    expect(names.filter((name) => name in Object.prototype)).toEqual([]);
  });
});
