import { describe, expect, it } from 'vitest';
import { normalizeText, quoteOccurs } from './quoteIndex';

const doc = 'Intro line.\n\nAmazon RDS \\(Amazon RDS\\) keeps  backups\nfor up to 35 days. More text here.\n\nOther paragraph.';

describe('quoteOccurs', () => {
  it('finds a quote across a line break and Markdown escapes', () => {
    expect(normalizeText('a \\(b\\)\n c')).toBe('a (b) c');
    expect(quoteOccurs(doc, 'Amazon RDS (Amazon RDS) keeps backups for up to 35 days.')).toBe(true);
  });
  it('joins fragments of one paragraph in order', () => {
    expect(quoteOccurs(doc, 'keeps backups ... More text')).toBe(true);
    expect(quoteOccurs(doc, 'More text ... keeps backups')).toBe(false);
  });
  it('refuses fragments from different paragraphs and altered words', () => {
    expect(quoteOccurs(doc, 'Intro line ... Other paragraph')).toBe(false);
    expect(quoteOccurs(doc, 'keeps backups for up to 36 days')).toBe(false);
    expect(quoteOccurs(doc, '...')).toBe(false);
  });
});
