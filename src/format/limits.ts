/** The format's limits (diagram-format.md, "Limits"), checked before any heavy work. */
export const MAX_NODES = 5000;
export const MAX_EDGES = 20000;
export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_TITLE = 200;
export const MAX_LABEL = 200;
export const MAX_NOTES = 2000;
/** Past this many, further input errors are counted rather than listed. */
export const MAX_ERRORS = 100;

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** True when the text is over MAX_BYTES of UTF-8, without encoding it when the answer is obvious. */
export function exceedsByteLimit(text: string): boolean {
  if (text.length > MAX_BYTES) return true;
  if (text.length * 3 <= MAX_BYTES) return false;
  return utf8Length(text) > MAX_BYTES;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
