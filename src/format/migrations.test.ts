import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../model/types';
import { MIGRATIONS, OLDEST_VERSION, migrate, type Migration, type RawDocument } from './migrations';

const v1: RawDocument = { format: 'ramparts-diagram', version: 1, nodes: [], edges: [] };

describe('migrate with the real chain', () => {
  it('is at version 1 today, with an empty chain', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(OLDEST_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('has one step for every version from the oldest up to the current one, and nothing else', () => {
    const keys = Object.keys(MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    const expected = Array.from({ length: CURRENT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i);
    expect(keys).toEqual(expected);
    for (const k of keys) expect(typeof MIGRATIONS[k]).toBe('function');
  });

  it('leaves a current-version document alone', () => {
    const result = migrate(v1, 1);
    expect(result).toEqual({ ok: true, doc: v1, from: 1 });
    if (result.ok) expect(result.doc).toBe(v1);
  });

  it('refuses a newer version, saying it is newer than this Ramparts understands', () => {
    const result = migrate({ ...v1, version: 2 }, 2);
    expect(result).toEqual({
      ok: false,
      error: 'this diagram is format version 2, newer than this version of Ramparts understands (version 1); open it with a newer Ramparts',
    });
  });

  it.each([0, -3])('refuses version %i, older than the first', (version) => {
    const result = migrate({ ...v1, version }, version);
    expect(result).toEqual({ ok: false, error: `field "version": ${version} is not a Ramparts format version (the first is 1)` });
  });
});

describe('migrate with a synthetic chain', () => {
  /** A chain 1 -> 2 -> 3 that records each call and renames a field at each step. */
  function recordingChain() {
    const calls: { step: number; version: unknown; doc: RawDocument }[] = [];
    const chain: Record<number, Migration> = {
      1: (doc) => {
        calls.push({ step: 1, version: doc['version'], doc });
        const { shapes, ...rest } = doc;
        return { ...rest, nodes: shapes, stepOne: true };
      },
      2: (doc) => {
        calls.push({ step: 2, version: doc['version'], doc });
        return { ...doc, edges: doc['links'], stepTwo: doc['stepOne'] === true };
      },
    };
    return { chain, calls };
  }

  const old: RawDocument = { format: 'ramparts-diagram', version: 1, shapes: ['n'], links: ['e'] };

  it('runs each step once, in order, and sets the version after each', () => {
    const { chain, calls } = recordingChain();
    const result = migrate(old, 1, chain, 3, 1);
    expect(calls.map((c) => c.step)).toEqual([1, 2]);
    expect(calls.map((c) => c.version)).toEqual([1, 2]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.doc['version']).toBe(3);
    expect(result.doc['nodes']).toEqual(['n']);
    expect(result.doc['edges']).toEqual(['e']);
    expect(result.doc['stepTwo']).toBe(true);
    expect(result.doc).not.toHaveProperty('shapes');
  });

  it('starts from the document\'s own version, skipping earlier steps', () => {
    const { chain, calls } = recordingChain();
    const result = migrate({ ...old, version: 2, nodes: [] }, 2, chain, 3, 1);
    expect(calls.map((c) => c.step)).toEqual([2]);
    expect(result.ok && result.doc['version']).toBe(3);
    expect(result.ok && result.from).toBe(2);
  });

  it('runs no step for a document already at the target version', () => {
    const { chain, calls } = recordingChain();
    const doc = { ...old, version: 3 };
    expect(migrate(doc, 3, chain, 3, 1)).toEqual({ ok: true, doc, from: 3 });
    expect(calls).toEqual([]);
  });

  it('sets the version even when a step forgets to, and overrides a wrong one', () => {
    const chain: Record<number, Migration> = { 1: (doc) => ({ ...doc, version: 99 }), 2: ({ version: _, ...rest }) => rest };
    const result = migrate(old, 1, chain, 3, 1);
    expect(result.ok && result.doc['version']).toBe(3);
  });

  it('does not modify the input document', () => {
    const { chain } = recordingChain();
    const input = structuredClone(old);
    migrate(input, 1, chain, 3, 1);
    expect(input).toEqual(old);
  });

  it('reports a missing step', () => {
    const { chain } = recordingChain();
    const { 2: _, ...onlyFirst } = chain;
    expect(migrate(old, 1, onlyFirst, 3, 1)).toEqual({ ok: false, error: 'no migration from format version 2 to 3' });
    const { 1: __, ...onlySecond } = chain;
    expect(migrate(old, 1, onlySecond, 3, 1)).toEqual({ ok: false, error: 'no migration from format version 1 to 2' });
  });

  it('refuses a version newer than the target, and one older than the oldest', () => {
    const { chain, calls } = recordingChain();
    const newer = migrate({ ...old, version: 4 }, 4, chain, 3, 1);
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.error).toMatch(/format version 4, newer than this version of Ramparts understands \(version 3\)/);
    const older = migrate({ ...old, version: 1 }, 1, chain, 3, 2);
    expect(older).toEqual({ ok: false, error: 'field "version": 1 is not a Ramparts format version (the first is 2)' });
    expect(calls).toEqual([]);
  });
});
