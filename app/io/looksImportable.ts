/**
 * Whether pasted text is meant as a whole diagram (JSON) or a share link,
 * rather than a fragment or a label. Cheap and separate from the import code
 * so the paste handler can decide before that code is loaded.
 */
export const SHARE_LINK_PATTERN = /^https?:\/\/\S+#(?:\S*&)?d=\S+$/;

export function looksImportable(text: string): boolean {
  const trimmed = text.trim();
  return SHARE_LINK_PATTERN.test(trimmed) || (trimmed.startsWith('{') && trimmed.includes('"ramparts-diagram"'));
}
