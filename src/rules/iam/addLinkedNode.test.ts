import { describe, expect, it } from 'vitest';
import { diagram, edge, node } from '../../testing/build';
import { COMPANION_OFFSET, absolutePosition, addLinkedNode, nodeName } from './addLinkedNode';

const topic = { type: 'sns-topic', labelSuffix: ' events', idSuffix: '-events', edgeKind: 'notification' } as const;

describe('absolutePosition', () => {
  const nested = diagram(
    node('vpc', 'vpc', { position: { x: 100, y: 50 } }),
    node('sub', 'subnet', { parent: 'vpc', position: { x: 20, y: 30 } }),
    node('db', 'rds', { parent: 'sub', position: { x: 5, y: 7 } }),
    node('loose', 'rds', { parent: 'sub' }),
  );
  const byId = new Map(nested.nodes.map((n) => [n.id, n] as const));
  it('sums the parent chain', () => expect(absolutePosition(byId, byId.get('db')!)).toEqual({ x: 125, y: 87 }));
  it('is undefined when a link of the chain has no position', () => {
    expect(absolutePosition(byId, byId.get('loose')!)).toBeUndefined();
    const noVpcPos = new Map(byId).set('vpc', node('vpc', 'vpc'));
    expect(absolutePosition(noVpcPos, byId.get('db')!)).toBeUndefined();
  });
});

describe('nodeName', () => {
  it('uses the label, else the display name', () => {
    expect(nodeName(node('a', 'rds', { label: 'Orders' }))).toBe('Orders');
    expect(nodeName(node('a', 'rds'))).toBe('RDS database');
  });
});

describe('addLinkedNode', () => {
  it('adds a labelled top-level node beside the source and an edge to it', () => {
    const base = diagram(
      node('vpc', 'vpc', { position: { x: 100, y: 50 } }),
      node('sub', 'subnet', { parent: 'vpc', position: { x: 20, y: 30 } }),
      node('db', 'rds', { parent: 'sub', label: 'Orders DB', position: { x: 5, y: 7 } }),
    );
    const { diagram: next, id } = addLinkedNode(base, 'db', topic);
    expect(id).toBe('db-events');
    const added = next.nodes.find((n) => n.id === id)!;
    expect(added).toMatchObject({ type: 'sns-topic', label: 'Orders DB events' });
    expect(added.parent).toBeUndefined();
    expect(added.position).toEqual({ x: 125 + COMPANION_OFFSET.x, y: 87 + COMPANION_OFFSET.y });
    expect(next.edges).toEqual([{ id: 'db-notification', kind: 'notification', source: 'db', target: 'db-events' }]);
    expect(base.nodes).toHaveLength(3);
  });
  it('leaves the position out when the source has none, and avoids taken ids', () => {
    const base = diagram(node('db', 'rds'), node('db-events', 'sns-topic'), edge('db-notification', 'network', 'db', 'db-events'));
    const { diagram: next, id } = addLinkedNode(base, 'db', { ...topic, props: { publicPolicy: false } });
    expect(id).toBe('db-events-2');
    const added = next.nodes.find((n) => n.id === id)!;
    expect(added.position).toBeUndefined();
    expect(added.label).toBe('RDS database events');
    expect(added.props).toEqual({ publicPolicy: false });
    expect(next.edges.at(-1)).toMatchObject({ id: 'db-notification-2', source: 'db', target: 'db-events-2' });
  });
  it('keeps labels within 200 characters', () => {
    const base = diagram(node('db', 'rds', { label: 'x'.repeat(200) }));
    const added = addLinkedNode(base, 'db', topic).diagram.nodes.at(-1)!;
    expect(added.label).toHaveLength(200);
    expect(added.label!.endsWith(' events')).toBe(true);
  });
  it('does nothing when the source is gone', () => {
    const base = diagram(node('db', 'rds'));
    expect(addLinkedNode(base, 'nope', topic)).toEqual({ diagram: base, id: undefined });
  });
});
