/**
 * draw.io's "Export as URL" link for the same design, measured exactly as
 * bench/fixtures/README.md says:
 * '#R' + encodeURIComponent(base64(deflateRaw(encodeURIComponent(xml)))).
 */
import { deflateRawSync } from 'node:zlib';

export function drawioLinkLength(xml: string): number {
  const deflated = deflateRawSync(Buffer.from(encodeURIComponent(xml), 'utf8'));
  return `#R${encodeURIComponent(deflated.toString('base64'))}`.length;
}
