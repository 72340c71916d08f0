import { describe, expect, it } from 'vitest';
import { sameItems } from './sameItems';

describe('sameItems', () => {
  const x = { id: 'x' };
  const y = { id: 'y' };
  it('holds for the same objects in the same order', () => {
    expect(sameItems([x, y], [x, y])).toBe(true);
    expect(sameItems([], [])).toBe(true);
  });
  it('fails for an equal copy, another order or another length', () => {
    expect(sameItems([x], [{ id: 'x' }])).toBe(false);
    expect(sameItems([x, y], [y, x])).toBe(false);
    expect(sameItems([x], [x, y])).toBe(false);
  });
});
