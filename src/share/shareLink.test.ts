import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../format/readDiagram';
import { writeDiagram } from '../format/writeDiagram';
import type { Diagram } from '../model/types';
import { referenceDesign } from '../testing/referenceDesign';
import { encodeBase64url } from './base64url';
import { SHARE_DICTIONARY } from './shareDictionary';
import { decodeShareLink, decodeSharePayload, encodeSharePayload, payloadFromLink, shareLink } from './shareLink';

const root = join(__dirname, '..', '..');
function fixture(name: string): Diagram {
  const r = readDiagramText(readFileSync(join(root, name), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.diagram;
}

function payloadOf(json: string, version = 1, flags = 0): string {
  const deflated = deflateSync(strToU8(json), { dictionary: SHARE_DICTIONARY });
  const bytes = new Uint8Array(deflated.length + 2);
  bytes[0] = version;
  bytes[1] = flags;
  bytes.set(deflated, 2);
  return encodeBase64url(bytes);
}

describe('share links', () => {
  const designs: [string, Diagram][] = [
    ['reference design', referenceDesign()],
    ['insecure golden design', fixture('src/rules/golden/insecure.ramparts.json')],
    ['25-node fixture', fixture('bench/fixtures/design-25.ramparts.json')],
    ['1000-node fixture', fixture('bench/fixtures/design-1000.ramparts.json')],
  ];

  for (const [name, d] of designs) {
    it(`round-trips the ${name} to the same canonical bytes`, () => {
      const back = decodeShareLink(shareLink(d));
      expect(back.ok).toBe(true);
      if (back.ok) expect(writeDiagram(back.diagram)).toBe(writeDiagram(d));
    });
  }

  it('keeps notes, viewport, suppressions, unknown props and labels with unusual characters', () => {
    const d: Diagram = {
      ...referenceDesign(),
      title: 'Zahlungs-VPC ✓ <b>bold</b> "quoted"',
      viewport: { x: -120.5, y: 33, zoom: 0.75 },
      suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev only', expires: '2027-06-30' }],
      nodes: referenceDesign().nodes.map((n) =>
        n.id === 'db' ? { ...n, notes: 'PCI scope\nline two', props: { ...n.props, futureProp: { nested: [1, 'two'] } } } : n,
      ),
    };
    const back = decodeShareLink(shareLink(d));
    expect(back.ok && writeDiagram(back.diagram)).toBe(writeDiagram(d));
  });

  it('carries the review flag and a base address, with the payload in the fragment', () => {
    const link = shareLink(referenceDesign(), 'https://ramparts.example/app/', { review: true });
    expect(link.startsWith('https://ramparts.example/app/#d=')).toBe(true);
    const back = decodeShareLink(link);
    expect(back.ok && back.review).toBe(true);
    const plain = decodeShareLink(shareLink(referenceDesign()));
    expect(plain.ok && plain.review).toBe(false);
  });

  it('is compact: the reference design fits in well under 1,024 characters', () => {
    expect(shareLink(referenceDesign()).length).toBeLessThan(1024);
  });

  it('finds the payload in a link, a fragment, a bare payload, or among other fragment parameters', () => {
    expect(payloadFromLink('http://x/#d=abc')).toBe('abc');
    expect(payloadFromLink('#view=1&d=abc')).toBe('abc');
    expect(payloadFromLink('abc')).toBe('abc');
    expect(payloadFromLink('http://x/#other=1')).toBeUndefined();
  });

  describe('refuses hostile or broken links with a clear message', () => {
    const cases: [string, string, RegExp][] = [
      ['no payload', 'http://localhost:5173/', /carries no diagram/],
      ['bad base64url', '#d=abc$%^', /not valid base64url/],
      ['too short', '#d=AQ', /too short/],
      ['truncated', shareLink(referenceDesign()).slice(0, -40), /damaged/],
      ['a newer link format', `#d=${payloadOf('[]', 9)}`, /newer Ramparts/],
      ['not our envelope', `#d=${payloadOf('[]', 0)}`, /not a Ramparts share link/],
      ['not JSON inside', `#d=${payloadOf('{{{{')}`, /not readable/],
      ['not the compact shape', `#d=${payloadOf('{"a":1}')}`, /malformed/],
      ['an unknown node type index', `#d=${payloadOf('[0,[["a",99]]]')}`, /unknown type/],
      ['an edge to a missing node', `#d=${payloadOf('[0,[["a",5]],[["e",0,0,7]]]')}`, /not in the payload/],
    ];
    for (const [name, link, message] of cases) {
      it(name, () => {
        const r = decodeShareLink(link);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
      });
    }

    it('a diagram that fails the format (the reader names the problem)', () => {
      // An rds inside an rds: valid compact structure, invalid diagram.
      const r = decodeShareLink(`#d=${payloadOf('[0,[["db1",10],["db2",10,0,1]]]')}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toContain('node "db2": parent "db1" is an rds; an rds may sit in a subnet or at top level');
    });

    it('a decompression bomb: 100 MB of inflated data is refused quickly, past the 5 MB cap', () => {
      const bomb = new Uint8Array(100 * 1024 * 1024).fill(0x20);
      const deflated = deflateSync(bomb, { level: 9, dictionary: SHARE_DICTIONARY });
      const bytes = new Uint8Array(deflated.length + 2);
      bytes[0] = 1;
      bytes.set(deflated, 2);
      const t0 = performance.now();
      const r = decodeSharePayload(encodeBase64url(bytes));
      const elapsed = performance.now() - t0;
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/larger than 5\.0 MB/);
      // Generous bound: the point is that it stops early instead of inflating 100 MB.
      expect(elapsed).toBeLessThan(5000);
      // Deflating the 100 MB bomb (the setup, not the decoding timed above) takes seconds on a loaded machine.
    }, 60_000);

    it('keys like __proto__ in a payload stay data', () => {
      const json = '[0,[["db",10,0,0,0,0,0,0,{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]]]';
      const r = decodeShareLink(`#d=${payloadOf(json)}`);
      expect(r.ok).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      if (r.ok) expect(writeDiagram(r.diagram)).toContain('"__proto__"');
    });
  });

  it('the payload is the same whatever the base', () => {
    const d = referenceDesign();
    expect(shareLink(d, 'http://a/').split('#d=')[1]).toBe(encodeSharePayload(d));
  });
});
