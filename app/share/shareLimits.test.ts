import { describe, expect, it } from 'vitest';
import { linkVerdict, MAX_LINK_CHARS, WARN_LINK_CHARS } from './shareLimits';

describe('linkVerdict', () => {
  it('is fine up to the warning length, long past it, too long past what browsers accept', () => {
    expect(linkVerdict(900)).toBe('fine');
    expect(linkVerdict(WARN_LINK_CHARS)).toBe('fine');
    expect(linkVerdict(WARN_LINK_CHARS + 1)).toBe('long');
    expect(linkVerdict(MAX_LINK_CHARS)).toBe('long');
    expect(linkVerdict(MAX_LINK_CHARS + 1)).toBe('too-long');
  });
});
