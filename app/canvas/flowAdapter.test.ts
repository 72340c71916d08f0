import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../src/model/types';
import { toFlowNodes } from './flowAdapter';

const diagram = {
  version: 1,
  title: 't',
  nodes: [
    { id: 'vpc', type: 'vpc', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
    { id: 'db', type: 'rds', parent: 'vpc', position: { x: 40, y: 40 } },
    { id: 'role', type: 'iam-role', position: { x: 600, y: 0 } },
  ],
  edges: [],
} as unknown as Diagram;

const byId = (nodes: ReturnType<typeof toFlowNodes>) => new Map(nodes.map((n) => [n.id, n]));

describe('toFlowNodes', () => {
  it('mounts every node, with its size and handles known up front, when no live set is given', () => {
    const nodes = byId(toFlowNodes(diagram, new Set()));
    expect([...nodes.values()].some((n) => n.hidden === true)).toBe(false);
    expect(nodes.get('db')).toMatchObject({ parentId: 'vpc', measured: { width: expect.any(Number), height: expect.any(Number) } });
    expect(nodes.get('db')!.handles).toHaveLength(4);
    expect(nodes.get('vpc')).toMatchObject({ measured: { width: 400, height: 300 }, handles: [] });
  });

  it('zoomed out, hands over hidden every node that is neither live nor selected, keeping its place and parent', () => {
    const nodes = byId(toFlowNodes(diagram, new Set(['role']), new Set(['db'])));
    expect(nodes.get('vpc')!.hidden).toBe(true);
    expect(nodes.get('db')!.hidden).toBeUndefined();
    expect(nodes.get('role')).toMatchObject({ selected: true });
    expect(nodes.get('role')!.hidden).toBeUndefined();
    expect(nodes.get('vpc')!.position).toEqual({ x: 0, y: 0 });
  });

  it('reuses the same node objects, and the same array, while nothing about them changed', () => {
    const first = toFlowNodes(diagram, new Set(), new Set());
    const again = toFlowNodes(diagram, new Set(), new Set());
    expect(again).toBe(first);
    const shown = toFlowNodes(diagram, new Set(), new Set(['db']));
    expect(shown).not.toBe(first);
    expect(byId(shown).get('vpc')).toBe(byId(first).get('vpc'));
  });

  it('hands over the moved node object in the order it had, and still puts a new parent before its child', () => {
    // The order follows the previous call's (flowOrder), so it is compared with what it was, not with a literal.
    const before = toFlowNodes(diagram, new Set()).map((n) => n.id);
    const moved = { ...diagram, nodes: diagram.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 80, y: 80 } } : n)) };
    const afterMove = toFlowNodes(moved, new Set());
    expect(afterMove.map((n) => n.id)).toEqual(before);
    expect(byId(afterMove).get('db')!.position).toEqual({ x: 80, y: 80 });
    // Fresh ids, so the order is the list's: the role before the VPC. Moved into it, it must come after its parent.
    const fresh = { ...diagram, nodes: [
      { id: 'role2', type: 'iam-role', position: { x: 600, y: 0 } },
      { id: 'vpc2', type: 'vpc', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
    ] } as unknown as Diagram;
    expect(toFlowNodes(fresh, new Set()).map((n) => n.id)).toEqual(['role2', 'vpc2']);
    const reparented = { ...fresh, nodes: fresh.nodes.map((n) => (n.id === 'role2' ? { ...n, parent: 'vpc2', position: { x: 20, y: 40 } } : n)) };
    const after = toFlowNodes(reparented, new Set());
    expect(after.map((n) => n.id)).toEqual(['vpc2', 'role2']);
    expect(byId(after).get('role2')!.parentId).toBe('vpc2');
  });
});
