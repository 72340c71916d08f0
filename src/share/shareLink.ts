/**
 * Share links: the whole diagram in the URL fragment (`#d=PAYLOAD`), which
 * browsers never send to a server. PAYLOAD is base64url of a two-byte
 * envelope (codec version, flags) followed by raw DEFLATE of the compact
 * JSON form, compressed against a preset dictionary. Decoding treats the
 * link as hostile: it checks the envelope, inflates in small steps and stops
 * past 5 MB (a decompression bomb costs us 5 MB, not gigabytes), and hands
 * the result to the same reader files go through.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { readDiagram } from '../format/readDiagram';
import { MAX_BYTES, formatBytes } from '../format/limits';
import type { Diagram } from '../model/types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { CompactError, fromCompact, toCompact } from './compactDiagram';
import { SHARE_DICTIONARY } from './shareDictionary';

export const CODEC_VERSION = 1;
const FLAG_REVIEW = 1;
export const DEFAULT_BASE = 'http://localhost:5173/';
/** Longer than any diagram within the 5 MB limit can compress to; refuse before decoding. */
export const MAX_PAYLOAD_CHARS = 8 * 1024 * 1024;

export interface ShareOptions {
  /** Open read-only for review. */
  readonly review?: boolean;
}

export function encodeSharePayload(diagram: Diagram, options: ShareOptions = {}): string {
  const json = JSON.stringify(toCompact(diagram));
  const deflated = deflateSync(strToU8(json), { level: 9, mem: 12, dictionary: SHARE_DICTIONARY });
  const bytes = new Uint8Array(deflated.length + 2);
  bytes[0] = CODEC_VERSION;
  bytes[1] = options.review === true ? FLAG_REVIEW : 0;
  bytes.set(deflated, 2);
  return encodeBase64url(bytes);
}

export function shareLink(diagram: Diagram, base: string = DEFAULT_BASE, options: ShareOptions = {}): string {
  const clean = base.split('#')[0]!;
  return `${clean}#d=${encodeSharePayload(diagram, options)}`;
}

export type DecodeResult =
  | { readonly ok: true; readonly diagram: Diagram; readonly review: boolean }
  | { readonly ok: false; readonly errors: readonly string[] };

const bad = (...errors: string[]): DecodeResult => ({ ok: false, errors });

/** The payload from a whole link, a fragment ("#d=..."), or the bare payload. */
export function payloadFromLink(link: string): string | undefined {
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash + 1) : link;
  for (const part of fragment.split('&')) {
    if (part.startsWith('d=')) return part.slice(2);
  }
  // A bare payload has no '#'; an address without a fragment carries nothing.
  return hash >= 0 || link.includes('://') ? undefined : fragment;
}

export function decodeShareLink(link: string): DecodeResult {
  const payload = payloadFromLink(link.trim());
  if (payload === undefined || payload === '') return bad('this link carries no diagram (expected "#d=..." after the address)');
  return decodeSharePayload(payload);
}

export function decodeSharePayload(payload: string): DecodeResult {
  if (payload.length > MAX_PAYLOAD_CHARS) return bad(`the link is ${payload.length} characters long, more than any diagram Ramparts shares`);
  const bytes = decodeBase64url(payload);
  if (bytes === undefined) return bad('the link is damaged: its diagram part is not valid base64url (was it cut short or changed?)');
  if (bytes.length < 3) return bad('the link is damaged: its diagram part is too short');
  const version = bytes[0]!;
  if (version > CODEC_VERSION) {
    return bad(`this link was made by a newer Ramparts (link format ${version}; this version reads up to ${CODEC_VERSION})`);
  }
  if (version !== CODEC_VERSION) return bad('this is not a Ramparts share link (unknown link format)');
  const flags = bytes[1]!;
  let text: string;
  try {
    text = strFromU8(inflateCapped(bytes.subarray(2), MAX_BYTES));
  } catch (e) {
    if (e instanceof TooLarge) return bad(`the link's diagram would be larger than ${formatBytes(MAX_BYTES)} once unpacked; it was refused`);
    return bad('the link is damaged: its diagram part does not decompress (was it cut short or changed?)');
  }
  let compact: unknown;
  try {
    compact = JSON.parse(text);
  } catch {
    return bad('the link is damaged: its diagram part is not readable');
  }
  let doc: Record<string, unknown>;
  try {
    doc = fromCompact(compact);
  } catch (e) {
    if (e instanceof CompactError) return bad(`the link's diagram is malformed: ${e.message}`);
    throw e;
  }
  const read = readDiagram(doc);
  if (!read.ok) return bad(...read.errors);
  return { ok: true, diagram: read.diagram, review: (flags & FLAG_REVIEW) !== 0 };
}

class TooLarge extends Error {}

/** Inflate at most `cap` bytes, feeding the input in small slices so one step can't balloon. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate({ dictionary: SHARE_DICTIONARY }, (chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
    if (final) done = true;
  });
  const STEP = 1024;
  for (let i = 0; i < data.length; i += STEP) {
    inflater.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
  }
  if (!done) throw new Error('truncated');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
