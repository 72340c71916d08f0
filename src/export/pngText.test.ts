import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../format/limits';
import { crc32, isPng, pngSize, readPngDiagramText, readPngTextResult, writePngText } from './pngText';

function u32(n: number): number[] {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function rawChunk(type: string, data: Uint8Array | number[]): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat([...data]);
  return [...u32(data.length), ...body, ...u32(crc32(Uint8Array.from(body)))];
}

/** A real 2x1 RGBA PNG (one red, one blue pixel), built by hand. */
function tinyPng(): Uint8Array {
  const ihdr = [...u32(2), ...u32(1), 8, 6, 0, 0, 0];
  const pixels = Uint8Array.from([0, 255, 0, 0, 255, 0, 0, 255, 255]);
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...rawChunk('IHDR', ihdr), ...rawChunk('IDAT', zlibSync(pixels)), ...rawChunk('IEND', [])]);
}

function iTxt(keyword: string, flag: number, body: Uint8Array): number[] {
  return rawChunk('iTXt', [...[...keyword].map((c) => c.charCodeAt(0)), 0, flag, 0, 0, 0, ...body]);
}

function withChunkBeforeIend(png: Uint8Array, extra: number[]): Uint8Array {
  return Uint8Array.from([...png.subarray(0, png.length - 12), ...extra, ...png.subarray(png.length - 12)]);
}

function chunkTypes(png: Uint8Array): string[] {
  const out: string[] = [];
  for (let at = 8; at < png.length; ) {
    const len = (png[at]! << 24) | (png[at + 1]! << 16) | (png[at + 2]! << 8) | png[at + 3]!;
    out.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + len;
  }
  return out;
}

const JSON_TEXT = '{\n  "format": "ramparts-diagram",\n  "title": "Zürich — 数据 🛡"\n}\n';

describe('crc32', () => {
  it('matches the standard check value and the IEND chunk CRC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('writePngText / readPngDiagramText', () => {
  it('round-trips UTF-8 text, uncompressed and zlib-compressed, in an iTXt chunk before IEND', () => {
    for (const compress of [false, true]) {
      const out = writePngText(tinyPng(), JSON_TEXT, undefined, compress);
      expect(isPng(out)).toBe(true);
      expect(chunkTypes(out)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
      expect(readPngDiagramText(out)).toBe(JSON_TEXT);
      expect(pngSize(out)).toEqual({ width: 2, height: 1 });
    }
  });

  it('compresses large text by default and keeps small text readable', () => {
    const big = JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, type: 'rds' })) });
    const compressed = writePngText(tinyPng(), big);
    expect(compressed.length).toBeLessThan(tinyPng().length + big.length / 4);
    expect(readPngDiagramText(compressed)).toBe(big);
    const small = writePngText(tinyPng(), '{"a":1}');
    expect(new TextDecoder().decode(small)).toContain('ramparts-diagram\u0000\u0000\u0000\u0000\u0000{"a":1}');
  });

  it('replaces its own earlier chunk instead of stacking copies', () => {
    const once = writePngText(tinyPng(), 'first');
    const twice = writePngText(once, 'second');
    expect(chunkTypes(twice)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngDiagramText(twice)).toBe('second');
  });

  it('ignores iTXt chunks with another keyword', () => {
    const other = withChunkBeforeIend(tinyPng(), iTxt('mxfile', 0, new TextEncoder().encode('<mxfile/>')));
    expect(readPngDiagramText(other)).toBeUndefined();
    expect(readPngTextResult(other)).toEqual({ ok: false, error: expect.stringContaining('no Ramparts diagram') });
    expect(readPngDiagramText(writePngText(other, 'ours'))).toBe('ours');
  });

  it('refuses to write into something that is not a PNG', () => {
    expect(() => writePngText(new Uint8Array([1, 2, 3]), 'x')).toThrow(/PNG/);
  });
});

describe('readPngTextResult on hostile input', () => {
  const good = writePngText(tinyPng(), JSON_TEXT, undefined, false);

  it('rejects non-PNGs and empty input', () => {
    expect(readPngTextResult(new Uint8Array())).toMatchObject({ ok: false, error: 'not a PNG image' });
    expect(readPngTextResult(new TextEncoder().encode('{"format":"ramparts-diagram"}'))).toMatchObject({ ok: false });
  });

  it('rejects every truncation of a good file without throwing', () => {
    for (let n = 0; n < good.length; n++) {
      const r = readPngTextResult(good.subarray(0, n));
      expect(r.ok).toBe(false);
    }
  });

  it('rejects a chunk length that runs past the end', () => {
    const bad = good.slice();
    bad.set(u32(0x7ffffff0), 8);
    expect(readPngTextResult(bad)).toMatchObject({ ok: false, error: expect.stringContaining('truncated or damaged') });
  });

  it('rejects a flipped byte in the text (CRC mismatch)', () => {
    const bad = good.slice();
    const at = new TextDecoder('latin1').decode(bad).indexOf('Z');
    bad[at] = 'Y'.charCodeAt(0);
    expect(readPngTextResult(bad)).toMatchObject({ ok: false, error: expect.stringContaining('CRC') });
  });

  it('rejects invalid UTF-8 and unknown compression', () => {
    const badUtf8 = withChunkBeforeIend(tinyPng(), iTxt('ramparts-diagram', 0, Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])));
    expect(readPngTextResult(badUtf8)).toMatchObject({ ok: false, error: expect.stringContaining('UTF-8') });
    const unknown = withChunkBeforeIend(tinyPng(), iTxt('ramparts-diagram', 7, new TextEncoder().encode('x')));
    expect(readPngTextResult(unknown)).toMatchObject({ ok: false, error: expect.stringContaining('compression') });
  });

  it('rejects corrupt zlib data and raw deflate without a zlib header', () => {
    const corrupt = withChunkBeforeIend(tinyPng(), iTxt('ramparts-diagram', 1, Uint8Array.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00])));
    expect(readPngTextResult(corrupt).ok).toBe(false);
    const raw = withChunkBeforeIend(tinyPng(), iTxt('ramparts-diagram', 1, deflateSync(new TextEncoder().encode('{}'))));
    expect(readPngTextResult(raw).ok).toBe(false);
  });

  it('stops a decompression bomb at the 5 MB limit, quickly', () => {
    const bomb = zlibSync(new Uint8Array(MAX_BYTES * 4), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const png = withChunkBeforeIend(tinyPng(), iTxt('ramparts-diagram', 1, bomb));
    const t0 = performance.now();
    expect(readPngTextResult(png)).toMatchObject({ ok: false, error: expect.stringContaining('5 MB') });
    // Generous for a loaded CI machine; inflating the whole bomb is what this guards against.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads text of exactly the limit', () => {
    const text = 'x'.repeat(MAX_BYTES);
    expect(readPngDiagramText(writePngText(tinyPng(), text))?.length).toBe(MAX_BYTES);
  });

  it('survives random byte flips of a compressed file', () => {
    const compressed = writePngText(tinyPng(), JSON_TEXT.repeat(100), undefined, true);
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 500; i++) {
      const bad = compressed.slice();
      for (let k = 0; k < 3; k++) bad[Math.floor(rand() * bad.length)] = Math.floor(rand() * 256);
      expect(() => readPngTextResult(bad)).not.toThrow();
    }
  });
});
