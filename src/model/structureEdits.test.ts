import { describe, expect, it } from 'vitest';
import { readDiagram } from '../format/readDiagram';
import { writeDiagram } from '../format/writeDiagram';
import { diagram, edge, node } from '../testing/build';
import { absolutePosition, lookupOf } from './geometry';
import { addTypedNode, connect, extractFragment, insertFragment, moveNodes, parentAllowed, reparentNode, sortParentsFirst } from './structureEdits';
import { removeElements } from './edits';

const base = diagram(
  node('vpc', 'vpc', { position: { x: 100, y: 100 } }),
  node('a', 'subnet', { parent: 'vpc', position: { x: 20, y: 40 } }),
  node('b', 'subnet', { parent: 'vpc', position: { x: 320, y: 40 } }),
  node('db', 'rds', { parent: 'a', position: { x: 30, y: 50 } }),
  node('app', 'ec2-instance', { parent: 'b', position: { x: 30, y: 50 } }),
  node('topic', 'sns-topic', { position: { x: 900, y: 100 } }),
  edge('f', 'network', 'app', 'db', { ports: '5432' }),
  edge('n', 'notification', 'db', 'topic'),
);

const valid = (d: typeof base) => expect(readDiagram(JSON.parse(writeDiagram(d))).ok).toBe(true);

describe('structure edits', () => {
  it('parentAllowed follows the catalog', () => {
    const lookup = lookupOf(base);
    expect(parentAllowed('rds', lookup('a'))).toBe(true);
    expect(parentAllowed('rds', undefined)).toBe(true);
    expect(parentAllowed('rds', lookup('vpc'))).toBe(false);
    expect(parentAllowed('internet-gateway', undefined)).toBe(false);
    expect(parentAllowed('subnet', lookup('vpc'))).toBe(true);
  });

  it('adds a typed node with a fresh id, its display name and parents-first order', () => {
    const { diagram: d, id } = addTypedNode(base, { type: 'rds', position: { x: 10.4, y: 20.6 }, parent: 'b' });
    expect(id).toBe('rds');
    const added = d.nodes.find((n) => n.id === id)!;
    expect(added).toMatchObject({ type: 'rds', label: 'RDS database', parent: 'b', position: { x: 10, y: 21 } });
    const again = addTypedNode(d, { type: 'rds', position: { x: 0, y: 0 } });
    expect(again.id).toBe('rds-2');
    valid(again.diagram);
  });

  it('moves nodes and returns the same diagram when nothing moves', () => {
    const moved = moveNodes(base, new Map([['db', { x: 5, y: 6 }]]));
    expect(moved.nodes.find((n) => n.id === 'db')!.position).toEqual({ x: 5, y: 6 });
    expect(moveNodes(base, new Map([['db', { x: 30, y: 50 }]]))).toBe(base);
    expect(moveNodes(base, new Map())).toBe(base);
  });

  it('re-parents keeping the node where it is on screen', () => {
    const before = absolutePosition(base.nodes.find((n) => n.id === 'db')!, lookupOf(base));
    const d = reparentNode(base, 'db', 'b')!;
    const db = d.nodes.find((n) => n.id === 'db')!;
    expect(db.parent).toBe('b');
    expect(absolutePosition(db, lookupOf(d))).toEqual(before);
    const top = reparentNode(base, 'db', undefined)!;
    expect(top.nodes.find((n) => n.id === 'db')!.parent).toBeUndefined();
    expect(absolutePosition(top.nodes.find((n) => n.id === 'db')!, lookupOf(top))).toEqual(before);
    valid(d);
  });

  it('refuses a parent the catalog forbids, and a container inside itself', () => {
    expect(reparentNode(base, 'db', 'vpc')).toBeUndefined();
    expect(reparentNode(base, 'a', 'b')).toBeUndefined();
    expect(reparentNode(base, 'a', undefined)).toBeUndefined();
    expect(reparentNode(base, 'db', 'nope')).toBeUndefined();
  });

  it('connects only kinds the catalog allows', () => {
    expect(connect(base, 'db', 'topic', 'notification')?.id).toBe('db-to-topic');
    expect(connect(base, 'topic', 'db', 'notification')).toBeUndefined();
    expect(connect(base, 'db', 'db', 'network')).toBeUndefined();
  });

  it('sorts parents before children, keeping order otherwise', () => {
    const shuffled = [base.nodes[3]!, base.nodes[1]!, base.nodes[0]!, base.nodes[5]!];
    expect(sortParentsFirst(shuffled).map((n) => n.id)).toEqual(['vpc', 'topic', 'a', 'db']);
  });

  it('extracts a fragment with descendants and inner edges; re-roots orphans at their absolute position', () => {
    const f = extractFragment(base, ['a', 'app']);
    expect(f.nodes.map((n) => n.id)).toEqual(['a', 'db', 'app']);
    expect(f.nodes.find((n) => n.id === 'a')).toMatchObject({ position: { x: 120, y: 140 } });
    expect(f.nodes.find((n) => n.id === 'a')!.parent).toBeUndefined();
    expect(f.edges.map((e) => e.id)).toEqual(['f']);
  });

  it('pastes a fragment with fresh ids, offset, into an allowed container, dropping what cannot stand alone', () => {
    const f = extractFragment(base, ['db', 'app']);
    const { diagram: d, ids } = insertFragment(base, f, { x: 10, y: 10 }, 'a');
    expect(ids).toEqual(['db-2', 'app-2', 'f-2']);
    const db2 = d.nodes.find((n) => n.id === 'db-2')!;
    expect(db2.parent).toBe('a');
    expect(absolutePosition(db2, lookupOf(d))).toEqual({ x: 100 + 20 + 30 + 10, y: 100 + 40 + 50 + 10 });
    expect(d.edges.find((e) => e.id === 'f-2')).toMatchObject({ source: 'app-2', target: 'db-2' });
    valid(d);
    // A copied subnet goes back into its VPC (its anchor), with its contents.
    const sub = insertFragment(base, extractFragment(base, ['a']), { x: 0, y: 0 });
    expect(sub.ids).toEqual(['a-2']);
    expect(sub.diagram.nodes.find((n) => n.id === 'a-2')).toMatchObject({ parent: 'vpc', position: { x: 20, y: 40 } });
    expect(sub.diagram.nodes.find((n) => n.id === 'db-2')).toMatchObject({ parent: 'a-2' });
    // With no VPC to go back to, it cannot stand alone: it is left out with its contents.
    const lone = insertFragment(diagram(), extractFragment(base, ['a']), { x: 0, y: 0 });
    expect(lone.ids).toEqual([]);
    expect(lone.diagram.nodes).toEqual([]);
  });

  it('removes nodes with their descendants, edges and suppressions', () => {
    const withSupp = { ...base, suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'r' }, { rule: 'mon/rds-event-notifications', target: 'topic', reason: 'r' }] };
    const d = removeElements(withSupp, ['a']);
    expect(d.nodes.map((n) => n.id)).toEqual(['vpc', 'b', 'app', 'topic']);
    expect(d.edges).toEqual([]);
    expect(d.suppressions?.map((s) => s.target)).toEqual(['topic']);
  });

  it('removes an edge named alone and leaves its ends', () => {
    const d = removeElements(base, ['n']);
    expect(d.edges.map((e) => e.id)).toEqual(['f']);
    expect(d.nodes).toHaveLength(base.nodes.length);
  });
});
