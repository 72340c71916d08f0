/**
 * The diagram inside its PNG, as draw.io does it: an iTXt chunk (PNG 1.2,
 * international text) with the keyword `ramparts-diagram` holding the
 * canonical JSON, so importing the image re-opens the editable diagram.
 * Writing inserts the chunk just before IEND; reading walks the chunks of an
 * untrusted file with every length checked, refuses anything over the
 * format's size limit (compressed or not), and answers undefined instead of
 * throwing.
 */
import { Unzlib, zlibSync } from 'fflate';
import { MAX_BYTES } from '../format/limits';

export const PNG_TEXT_KEYWORD = 'ramparts-diagram';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** Past this, compressing saves more than it costs; small diagrams stay readable with any PNG tool. */
const COMPRESS_FROM = 2048;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG defines it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

interface Chunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly start: number;
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** The chunks in order, or undefined when a length runs past the end or IEND is missing. */
function chunksOf(bytes: Uint8Array): Chunk[] | undefined {
  if (!isPng(bytes)) return undefined;
  const out: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = readU32(bytes, at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > bytes.length) return undefined;
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    out.push({ type, start: at, dataStart, dataEnd });
    if (type === 'IEND') return out;
    at = dataEnd + 4;
  }
  return undefined;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * iTXt data: keyword, NUL, compression flag, method (0 = zlib), empty
 * language tag and translated keyword (each NUL-terminated), then the UTF-8 text.
 */
function iTxtData(keyword: string, text: string, compress: boolean): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  const body = compress ? zlibSync(utf8, { level: 9 }) : utf8;
  const head = new Uint8Array(keyword.length + 5);
  for (let i = 0; i < keyword.length; i++) head[i] = keyword.charCodeAt(i);
  head[keyword.length + 1] = compress ? 1 : 0;
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

/**
 * The PNG with `text` in an iTXt chunk before IEND (replacing an earlier
 * chunk of ours, so exporting an imported image does not stack copies).
 * Throws on bytes that are not a well-formed PNG: the caller made them.
 */
export function writePngText(png: Uint8Array, text: string, keyword = PNG_TEXT_KEYWORD, compress?: boolean): Uint8Array {
  const chunks = chunksOf(png);
  if (chunks === undefined) throw new Error('not a well-formed PNG');
  const useZlib = compress ?? text.length >= COMPRESS_FROM;
  const added = chunk('iTXt', iTxtData(keyword, text, useZlib));
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE.length)];
  for (const c of chunks) {
    if (c.type === 'IEND') parts.push(added);
    else if (c.type === 'iTXt' && keywordOf(png, c) === keyword) continue;
    parts.push(png.subarray(c.start, c.dataEnd + 4));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function keywordOf(bytes: Uint8Array, c: Chunk): string | undefined {
  // Keywords are 1 to 79 Latin-1 characters followed by a NUL.
  const limit = Math.min(c.dataEnd, c.dataStart + 80);
  for (let i = c.dataStart; i < limit; i++) {
    if (bytes[i] === 0) return i === c.dataStart ? undefined : String.fromCharCode(...bytes.subarray(c.dataStart, i));
  }
  return undefined;
}

export type PngTextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/**
 * The text of our iTXt chunk, or why there is none. Hostile input is
 * expected: a bad signature, a chunk running past the end, a wrong CRC, a
 * zlib stream that inflates past MAX_BYTES, invalid UTF-8 all give an error.
 */
export function readPngTextResult(bytes: Uint8Array, keyword = PNG_TEXT_KEYWORD): PngTextResult {
  if (!isPng(bytes)) return { ok: false, error: 'not a PNG image' };
  const chunks = chunksOf(bytes);
  if (chunks === undefined) return { ok: false, error: 'the PNG is truncated or damaged' };
  const found = chunks.find((c) => c.type === 'iTXt' && keywordOf(bytes, c) === keyword);
  if (found === undefined) return { ok: false, error: 'the PNG holds no Ramparts diagram (it was not exported by Ramparts)' };
  if (readU32(bytes, found.dataEnd) !== crc32(bytes, found.start + 4, found.dataEnd)) return { ok: false, error: 'the diagram chunk of the PNG is damaged (bad CRC)' };
  let at = found.dataStart + keyword.length + 1;
  if (at + 2 > found.dataEnd) return { ok: false, error: 'the diagram chunk of the PNG is truncated' };
  const compressed = bytes[at]!;
  const method = bytes[at + 1]!;
  if (compressed > 1 || method !== 0) return { ok: false, error: 'the diagram chunk of the PNG uses an unknown compression' };
  at += 2;
  // Skip the language tag and the translated keyword.
  for (let field = 0; field < 2; field++) {
    while (at < found.dataEnd && bytes[at] !== 0) at++;
    if (at >= found.dataEnd) return { ok: false, error: 'the diagram chunk of the PNG is truncated' };
    at++;
  }
  const body = bytes.subarray(at, found.dataEnd);
  if (body.length > MAX_BYTES) return { ok: false, error: 'the diagram in the PNG is larger than 5 MB' };
  let utf8: Uint8Array;
  if (compressed === 1) {
    const inflated = inflateCapped(body);
    if (!inflated.ok) return inflated;
    utf8 = inflated.bytes;
  } else {
    utf8 = body;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(utf8) };
  } catch {
    return { ok: false, error: 'the diagram in the PNG is not valid UTF-8' };
  }
}

/**
 * Inflates in small steps and stops as soon as the output passes MAX_BYTES,
 * so a decompression bomb costs a few megabytes and milliseconds, not gigabytes.
 */
function inflateCapped(body: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Unzlib((data, final) => {
    parts.push(data);
    total += data.length;
    if (final) done = true;
  });
  const STEP = 1024;
  try {
    for (let at = 0; at < body.length && total <= MAX_BYTES; at += STEP) {
      inflater.push(body.subarray(at, Math.min(body.length, at + STEP)), at + STEP >= body.length);
    }
  } catch {
    return { ok: false, error: 'the diagram in the PNG is damaged (bad zlib data)' };
  }
  if (total > MAX_BYTES) return { ok: false, error: 'the diagram in the PNG is larger than 5 MB' };
  if (!done) return { ok: false, error: 'the diagram in the PNG is truncated (incomplete zlib data)' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  // fflate does not check the stream's Adler-32; a damaged stream can otherwise inflate to something.
  if (body.length < 6 || readU32(body, body.length - 4) !== adler32(out)) return { ok: false, error: 'the diagram in the PNG is damaged (bad zlib checksum)' };
  return { ok: true, bytes: out };
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the 32-bit sums need reducing.
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** For the import code: the embedded diagram text, or undefined when there is none or it cannot be read. */
export function readPngDiagramText(bytes: Uint8Array): string | undefined {
  const r = readPngTextResult(bytes);
  return r.ok ? r.text : undefined;
}

/** Width and height from the IHDR chunk, or undefined. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (!isPng(bytes) || bytes.length < 24) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: readU32(bytes, 16), height: readU32(bytes, 20) };
}
