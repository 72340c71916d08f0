import { describe, expect, it } from 'vitest';
import { fileNameOf } from './fileName';

describe('fileNameOf', () => {
  it('keeps ordinary titles, including accents and spaces', () => {
    expect(fileNameOf('Payments – Zürich prod')).toBe('Payments – Zürich prod');
  });
  it('replaces characters file systems refuse and trims dots and spaces', () => {
    expect(fileNameOf('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(fileNameOf('  ..hidden.  ')).toBe('hidden');
    expect(fileNameOf('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNameOf('tab\there\nnewline')).toBe('tab-here-newline');
  });
  it('falls back to "diagram" for empty, missing or reserved names', () => {
    expect(fileNameOf(undefined)).toBe('diagram');
    expect(fileNameOf('   ')).toBe('diagram');
    expect(fileNameOf('///')).toBe('diagram');
    expect(fileNameOf('CON')).toBe('diagram');
  });
  it('removes zero-width and direction-changing characters', () => {
    expect(fileNameOf('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(fileNameOf('a\u200Bb\uFEFFc\u2066d')).toBe('abcd');
  });
  it('caps the length', () => {
    expect(fileNameOf('x'.repeat(500))).toHaveLength(80);
  });
});
