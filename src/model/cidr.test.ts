import { describe, expect, it } from 'vitest';
import { ANYWHERE, cidrContains, isCidr, parseCidr } from './cidr';

/** The rule as a regular expression, for comparing the scanner against on many strings. */
function reference(text: string): { start: number; end: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (m === null) return undefined;
  const parts = m.slice(1, 5);
  const octets = parts.map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32 || parts.some((s) => s.length > 1 && s.startsWith('0'))) return undefined;
  const addr = octets.reduce((a, o) => a * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const start = Math.floor(addr / size) * size;
  return { start, end: start + size - 1, prefix };
}

describe('parseCidr', () => {
  it('reads a block as its first and last address', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({ start: 0x0a000000, end: 0x0a00ffff, prefix: 16 });
    expect(parseCidr('0.0.0.0/0')).toEqual(ANYWHERE);
    expect(parseCidr('255.255.255.255/32')).toEqual({ start: 0xffffffff, end: 0xffffffff, prefix: 32 });
    // Host bits set: the block they belong to.
    expect(parseCidr('192.168.1.77/24')).toEqual({ start: 0xc0a80100, end: 0xc0a801ff, prefix: 24 });
  });

  it('refuses what is not an IPv4 block', () => {
    for (const bad of ['', '10.0.0.0', '10.0.0/16', '10.0.0.0.0/16', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0/', '/16', '10.0.0.0/016',
      '010.0.0.0/8', '10.00.0.0/16', '1000.0.0.0/8', '10.0.0.0/16 ', ' 10.0.0.0/16', '10.0.0.0/16\n', '10.0.0.-1/16', '10.0.0.0/1a', 'a.b.c.d/8', '10,0.0.0/8', '１０.0.0.0/8']) {
      expect(parseCidr(bad), bad).toBeUndefined();
      expect(isCidr(bad), bad).toBe(false);
    }
  });

  it('agrees with the rule written as a regular expression on many strings', () => {
    // Deterministic strings built from the characters that matter (digits, dots, slashes, a letter, a space).
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const alphabet = '0123456789012345678901234567890123456789../..../x ';
    for (let i = 0; i < 20_000; i++) {
      const length = 7 + (next() % 14);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[next() % alphabet.length];
      expect(parseCidr(text), text).toEqual(reference(text));
    }
    for (let i = 0; i < 5_000; i++) {
      const text = `${next() % 300}.${next() % 300}.${next() % 300}.${next() % 300}/${next() % 40}`;
      expect(parseCidr(text), text).toEqual(reference(text));
    }
  });
});

describe('cidrContains', () => {
  it('holds when every address of the inner block is in the outer one', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    expect(cidrContains(vpc, parseCidr('10.0.3.0/24')!)).toBe(true);
    expect(cidrContains(vpc, vpc)).toBe(true);
    expect(cidrContains(vpc, parseCidr('10.1.0.0/24')!)).toBe(false);
    expect(cidrContains(parseCidr('10.0.3.0/24')!, vpc)).toBe(false);
    expect(cidrContains(ANYWHERE, vpc)).toBe(true);
  });
});
