import { describe, expect, it } from 'vitest';
import { fileBaseName } from './saveFile';

describe('fileBaseName', () => {
  it('keeps an ordinary title', () => {
    expect(fileBaseName('Three-tier web app')).toBe('Three-tier web app');
  });
  it('removes path separators, reserved characters and leading dots', () => {
    expect(fileBaseName('../../etc/passwd')).toBe('etc passwd');
    expect(fileBaseName('a<b>:c"d|e?f*g')).toBe('a b c d e f g');
  });
  it('removes control, zero-width and bidi override characters', () => {
    expect(fileBaseName('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(fileBaseName('a\u200Bb\u0000c')).toBe('abc');
  });
  it('falls back to "diagram" for an empty or missing title', () => {
    expect(fileBaseName(undefined)).toBe('diagram');
    expect(fileBaseName('  <> ')).toBe('diagram');
  });
  it('caps the length', () => {
    expect(fileBaseName('x'.repeat(500)).length).toBe(80);
  });
});
