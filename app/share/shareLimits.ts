/**
 * How long a share link may get. Mail and chat tools (Outlook, Teams, Slack
 * previews) are known to cut links in the low thousands of characters, so
 * past WARN_LINK_CHARS the dialog suggests the file. Chromium refuses
 * addresses over 2 MiB (its kMaxURLChars), the largest any major browser
 * accepts, so past that there is no link at all, only the file.
 */
export const WARN_LINK_CHARS = 8000;
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

export type LinkVerdict = 'fine' | 'long' | 'too-long';

export function linkVerdict(length: number): LinkVerdict {
  if (length > MAX_LINK_CHARS) return 'too-long';
  if (length > WARN_LINK_CHARS) return 'long';
  return 'fine';
}
