import { describe, expect, it } from 'vitest';
import { IdTable } from './idTable';

const items = (...ids: string[]) => ids.map((id) => ({ id }));

describe('IdTable', () => {
  it('finds each id at its position and misses others', () => {
    const list = items('internet', 'vpc1', 'v1s0', 'e1', '');
    const table = new IdTable(list);
    list.forEach((item, i) => expect(table.positionOf(item.id)).toBe(i));
    expect(table.positionOf('vpc2')).toBe(-1);
    expect(table.positionOf('VPC1')).toBe(-1);
    expect(new IdTable([]).positionOf('a')).toBe(-1);
  });

  it('gives the last position of a repeated id, as Map.set would', () => {
    const table = new IdTable(items('a', 'b', 'a', 'c'));
    expect(table.positionOf('a')).toBe(2);
    expect(table.positionOf('b')).toBe(1);
  });

  it('matches a Map on thousands of numbered ids, looked up through fresh strings', () => {
    const ids = Array.from({ length: 12_000 }, (_, i) => `v${i % 97}n${i}`);
    const table = new IdTable(items(...ids));
    for (let i = 0; i < ids.length; i++) expect(table.positionOf(`v${i % 97}n${String(i)}`)).toBe(i);
    for (let i = 0; i < 500; i++) expect(table.positionOf(`v${i % 97}n${i + 12_000}`)).toBe(-1);
  });

  it('handles ids beyond ASCII', () => {
    const table = new IdTable(items('Ω', 'データ', '🔥'));
    expect(table.positionOf('データ')).toBe(1);
    expect(table.positionOf('🔥')).toBe(2);
  });
});
