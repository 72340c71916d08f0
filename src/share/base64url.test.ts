import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('base64url', () => {
  it('matches Node’s base64url for every length remainder', () => {
    for (let len = 0; len < 40; len++) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 97 + len * 13) & 255);
      const expected = Buffer.from(bytes).toString('base64url');
      expect(encodeBase64url(bytes)).toBe(expected);
      expect([...decodeBase64url(expected)!]).toEqual([...bytes]);
    }
  });
  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64url('ab+c')).toBeUndefined();
    expect(decodeBase64url('ab=c')).toBeUndefined();
    expect(decodeBase64url('abcde')).toBeUndefined();
    expect(decodeBase64url('é')).toBeUndefined();
  });
});
