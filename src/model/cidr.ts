/** IPv4 CIDR parsing and containment, for the reader and the network ACL rule. */
export interface CidrRange {
  /** First address as an unsigned 32-bit integer. */
  readonly start: number;
  /** Last address, inclusive. */
  readonly end: number;
  readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export function parseCidr(text: string): CidrRange | undefined {
  const m = CIDR_RE.exec(text);
  if (m === null) return undefined;
  const octets = [m[1], m[2], m[3], m[4]].map((s) => Number(s));
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  // Leading zeros ("010") read as octal in some tools; refuse the ambiguity.
  if ([m[1], m[2], m[3], m[4]].some((s) => s!.length > 1 && s!.startsWith('0'))) return undefined;
  const addr = ((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!;
  const size = 2 ** (32 - prefix);
  const start = Math.floor(addr / size) * size;
  return { start, end: start + size - 1, prefix };
}

export function isCidr(text: string): boolean {
  return parseCidr(text) !== undefined;
}

/** True when every address of `inner` lies in `outer`. */
export function cidrContains(outer: CidrRange, inner: CidrRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export const ANYWHERE: CidrRange = { start: 0, end: 0xffffffff, prefix: 0 };
