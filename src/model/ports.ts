/** Port expressions: "22", "1024-65535" or "all". */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };
export const EPHEMERAL_PORTS: PortRange = { from: 1024, to: 65535 };

const PORT_RE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

export function parsePorts(text: string): PortRange | undefined {
  if (text === 'all') return ALL_PORTS;
  const m = PORT_RE.exec(text);
  if (m === null) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || from > to) return undefined;
  return { from, to };
}

export function isPorts(text: string): boolean {
  return parsePorts(text) !== undefined;
}

export function formatPorts(range: PortRange): string {
  if (range.from === 0 && range.to === 65535) return 'all';
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

export function portsCover(outer: PortRange, inner: PortRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}
