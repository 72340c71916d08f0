/**
 * Property-based tests of the reader (fast-check, fixed seed): whatever it is
 * given (random JSON, mutated valid diagrams, hostile keys), it returns a
 * diagram or a list of errors, never throws, and never touches
 * Object.prototype. A diagram it accepts writes and reads back unchanged.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiagram, readDiagramText } from './readDiagram';
import { writeDiagram } from './writeDiagram';

const SEED = 20261128;
// 10,000 cases take several seconds on a busy two-core machine; each property gets a minute.
const valid = JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench/fixtures/design-25.ramparts.json'), 'utf8')) as Record<string, unknown>;
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

function prototypeIntact(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] === undefined && Object.keys(Object.prototype).length === 0;
}

function checkResult(value: unknown): void {
  const result = readDiagram(value);
  if (result.ok) {
    const text = writeDiagram(result.diagram);
    const again = readDiagramText(text);
    expect(again.ok).toBe(true);
    if (again.ok) expect(writeDiagram(again.diagram)).toBe(text);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(typeof e).toBe('string');
  }
}

/** A JSON path into the valid diagram and a replacement value there. */
const mutation = fc.record({
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  value: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE_KEYS), fc.constant({ __proto__: { polluted: true } })),
  key: fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_KEYS, 'type', 'parent', 'props', 'kind', 'source', 'target', 'id')),
});

function mutate(base: unknown, m: { pick: number[]; value: unknown; key: string }): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  let node: unknown = copy;
  for (const p of m.pick) {
    if (Array.isArray(node) && node.length > 0) {
      const i = p % node.length;
      if (typeof node[i] !== 'object' || node[i] === null) {
        node[i] = m.value;
        return copy;
      }
      node = node[i];
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const k = keys[p % keys.length]!;
      const child = (node as Record<string, unknown>)[k];
      if (child === null || typeof child !== 'object') {
        Object.defineProperty(node, k, { value: m.value, enumerable: true, writable: true, configurable: true });
        return copy;
      }
      node = child;
    }
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('reader, property-based', () => {
  it('never throws on random JSON (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkResult(value);
        expect(prototypeIntact()).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws on random objects shaped like diagrams (10,000 cases)', () => {
    const nodeish = fc.record(
      { id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'vpc', 's')), type: fc.oneof(fc.string(), fc.constantFrom('vpc', 'subnet', 'rds', 'internet')), parent: fc.oneof(fc.string(), fc.constantFrom('a', 'vpc', 's')), props: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_KEYS)), fc.jsonValue({ maxDepth: 2 })) },
      { requiredKeys: [] },
    );
    const edgeish = fc.record({ id: fc.string(), kind: fc.oneof(fc.string(), fc.constantFrom('network', 'assume')), source: fc.constantFrom('a', 'b', 'vpc'), target: fc.constantFrom('a', 'b', 's') }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(nodeish, { maxLength: 8 }), fc.array(edgeish, { maxLength: 8 }), (nodes, edges) => {
        checkResult({ format: 'ramparts-diagram', version: 1, nodes, edges });
        expect(prototypeIntact()).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws on mutations of a valid diagram (10,000 cases)', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        checkResult(mutate(valid, m));
        expect(prototypeIntact()).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws on truncated or altered text (10,000 cases)', () => {
    const text = JSON.stringify(valid);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 3 }), (cut, at, insert) => {
        const altered = text.slice(0, at) + insert + text.slice(at, cut > at ? cut : text.length);
        const result = readDiagramText(altered);
        expect(typeof result.ok).toBe('boolean');
        expect(prototypeIntact()).toBe(true);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);
});
