import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagram } from '../../src/model/types';
import { RULES } from '../../src/rules/registry';
import { validate } from '../../src/rules/validate';
import { diagram, node } from '../../src/testing/build';
import { validateInSlices } from './validateInSlices';

const base = diagram(node('vpc', 'vpc'), node('s', 'subnet', { parent: 'vpc' }), node('db', 'rds', { parent: 's', position: { x: 10, y: 10 } }));
const findingsOf = (d: Diagram) => validate(d).findings.map((f) => `${f.rule} ${JSON.stringify(f.target)}`);

describe('validateInSlices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a rule a task when slices are that short, and gives what validate gives', () => {
    const done = vi.fn();
    validateInSlices(() => base, done, 0);
    for (let i = 0; i < RULES.length - 1; i++) vi.advanceTimersToNextTimer();
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(done).toHaveBeenCalledTimes(1);
    const [result, validated] = done.mock.calls[0]!;
    expect(result.findings.map((f: { rule: string; target: unknown }) => `${f.rule} ${JSON.stringify(f.target)}`)).toEqual(findingsOf(base));
    expect(validated).toBe(base);
  });

  it('starts again on the diagram as it is when an edit in between can change findings', () => {
    const edited = { ...base, nodes: base.nodes.map((n) => (n.id === 'db' ? { ...n, props: { publiclyAccessible: true } } : n)) };
    let current: Diagram = base;
    const done = vi.fn();
    validateInSlices(() => current, done, 0);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    current = edited;
    vi.runAllTimers();
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0]![1]).toBe(edited);
    expect(findingsOf(edited)).toContain('pub/rds-public-access {"kind":"node","id":"db"}');
    expect(done.mock.calls[0]![0].findings.map((f: { rule: string; target: unknown }) => `${f.rule} ${JSON.stringify(f.target)}`)).toEqual(findingsOf(edited));
  });

  it('goes on when an edit in between only moves a node (findings cannot change), and reports the diagram it validated', () => {
    const moved = { ...base, nodes: base.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 80, y: 80 } } : n)) };
    let current: Diagram = base;
    const done = vi.fn();
    validateInSlices(() => current, done, 0);
    vi.advanceTimersToNextTimer();
    current = moved;
    for (let i = 0; i < RULES.length - 1; i++) vi.advanceTimersToNextTimer();
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0]![1]).toBe(base);
  });

  it('stops when told to', () => {
    const done = vi.fn();
    const stop = validateInSlices(() => base, done, 0);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
  });
});
