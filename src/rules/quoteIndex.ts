/**
 * Checking that a rule's quote occurs word for word in the security
 * document. The document is Markdown, so backslash escapes ("\(") are
 * removed and runs of white space folded before comparing; a quote may join
 * fragments of one paragraph with " ... " as long as they appear in order.
 */
export function normalizeText(text: string): string {
  return text.replace(/\\([()[\]*_#`.!-])/g, '$1').replace(/\s+/g, ' ').trim();
}

export function quoteOccurs(doc: string, quote: string): boolean {
  const paragraphs = doc.split(/\n\s*\n/).map(normalizeText);
  const fragments = normalizeText(quote)
    .split(/ ?(?:\.\.\.|…) ?/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (fragments.length === 0) return false;
  return paragraphs.some((p) => {
    let from = 0;
    for (const f of fragments) {
      const at = p.indexOf(f, from);
      if (at < 0) return false;
      from = at + f.length;
    }
    return true;
  });
}
