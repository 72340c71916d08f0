/**
 * A diagram title made safe as a file name on every system: characters
 * Windows, macOS or Linux refuse (and control characters) become dashes,
 * invisible and direction-changing characters go (a right-to-left override
 * can make "evil\u202Egnp.exe" display as "evilexe.png"),
 * runs of space collapse, leading and trailing dots and spaces go, the
 * length is capped, and a title left empty (or a reserved Windows name)
 * falls back to "diagram".
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 80;

export function fileNameOf(title: string | undefined): string {
  const cleaned = (title ?? '')
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim();
  const capped = [...cleaned].slice(0, MAX_LENGTH).join('').replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (capped === '' || RESERVED.test(capped)) return 'diagram';
  return capped;
}
