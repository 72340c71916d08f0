import { describe, expect, it } from 'vitest';
import { stableParentsFirst } from './flowOrder';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('stableParentsFirst', () => {
  it('keeps the given order when every parent already comes first', () => {
    const nodes = [{ id: 'vpc' }, { id: 'a', parent: 'vpc' }, { id: 'b', parent: 'vpc' }];
    expect(ids(stableParentsFirst(nodes, []))).toEqual(['vpc', 'a', 'b']);
  });

  it('keeps the previous order even when the diagram lists nodes differently', () => {
    const nodes = [{ id: 'vpc' }, { id: 'b', parent: 'vpc' }, { id: 'a', parent: 'vpc' }];
    expect(ids(stableParentsFirst(nodes, ['vpc', 'a', 'b']))).toEqual(['vpc', 'a', 'b']);
  });

  it('moves a node whose new parent comes later to just after that parent, and nothing else', () => {
    // `a` was re-parented from s1 into s2; the diagram happens to list b before it.
    const previous = ['vpc', 's1', 'a', 's2', 'b'];
    const nodes = [{ id: 'vpc' }, { id: 's1', parent: 'vpc' }, { id: 'b', parent: 's2' }, { id: 's2', parent: 'vpc' }, { id: 'a', parent: 's2' }];
    expect(ids(stableParentsFirst(nodes, previous))).toEqual(['vpc', 's1', 's2', 'a', 'b']);
  });

  it('moves a waiting node together with its own waiting children', () => {
    const nodes = [{ id: 'child', parent: 'mid' }, { id: 'mid', parent: 'top' }, { id: 'top' }];
    expect(ids(stableParentsFirst(nodes, []))).toEqual(['top', 'mid', 'child']);
  });

  it('puts new nodes last and drops the ones that are gone', () => {
    const nodes = [{ id: 'new' }, { id: 'a' }];
    expect(ids(stableParentsFirst(nodes, ['gone', 'a']))).toEqual(['a', 'new']);
  });

  it('treats a missing parent as none, and a parent cycle as last rather than lost', () => {
    expect(ids(stableParentsFirst([{ id: 'orphan', parent: 'nowhere' }], []))).toEqual(['orphan']);
    const cycle = [{ id: 'p', parent: 'q' }, { id: 'q', parent: 'p' }, { id: 'r' }];
    expect(ids(stableParentsFirst(cycle, [])).sort()).toEqual(['p', 'q', 'r']);
  });
});
