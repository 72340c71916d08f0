/**
 * A finding's text with its port ranges and CIDRs ("1024-65535",
 * "10.1.0.0/16") kept on one line: Chromium breaks a line after the hyphen
 * or the slash, and "tcp 1024-" at the end of one line and "65535" at the
 * start of the next reads as two numbers. The text itself is unchanged (a
 * non-breaking hyphen would change what a reviewer copies).
 */
import type { ReactNode } from 'react';

const JOINED = /\d[\d.]*(?:[-/]\d[\d.]*)+/g;

export function unbrokenNumbers(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(JOINED)) {
    const at = match.index;
    if (at > from) parts.push(text.slice(from, at));
    parts.push(
      <span key={at} className="whitespace-nowrap">
        {match[0]}
      </span>,
    );
    from = at + match[0].length;
  }
  if (parts.length === 0) return text;
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
