/**
 * Property-based tests of the share-link decoder (fast-check, fixed seed):
 * random strings, truncated and bit-flipped payloads, and random compact
 * structures inside a valid envelope always give a diagram or clear errors,
 * never an exception, and never touch Object.prototype.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../format/writeDiagram';
import { referenceDesign } from '../testing/referenceDesign';
import { decodeBase64url, encodeBase64url } from './base64url';
import { SHARE_DICTIONARY } from './shareDictionary';
import { decodeShareLink, decodeSharePayload, encodeSharePayload } from './shareLink';

const SEED = 20261128;
// 10,000 cases take several seconds on a busy two-core machine; each property gets a minute.
const payload = encodeSharePayload(referenceDesign());
const bytes = decodeBase64url(payload)!;

function wellFormed(result: ReturnType<typeof decodeSharePayload>): void {
  if (result.ok) expect(writeDiagram(result.diagram).length).toBeGreaterThan(0);
  else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.length).toBeGreaterThan(5);
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('share link decoder, property-based', () => {
  it('never throws on random text (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        wellFormed(decodeShareLink(text));
        wellFormed(decodeSharePayload(text));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws on truncated or bit-flipped payloads (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), fc.nat({ max: bytes.length }), (at, bit, cut) => {
        const copy = bytes.slice(0, Math.max(1, cut));
        if (at < copy.length) copy[at] = copy[at]! ^ (1 << bit);
        wellFormed(decodeSharePayload(encodeBase64url(copy)));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('never throws on random compact structures in a valid envelope (10,000 cases)', () => {
    const hostile = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(hostile, fc.jsonValue({ maxDepth: 2 })));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (compact) => {
        const deflated = deflateSync(strToU8(JSON.stringify(compact)), { dictionary: SHARE_DICTIONARY });
        const envelope = new Uint8Array(deflated.length + 2);
        envelope[0] = 1;
        envelope.set(deflated, 2);
        wellFormed(decodeSharePayload(encodeBase64url(envelope)));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 60_000);

  it('the untouched payload still decodes (control case)', () => {
    const r = decodeSharePayload(payload);
    expect(r.ok && writeDiagram(r.diagram)).toBe(writeDiagram(referenceDesign()));
  });
});
