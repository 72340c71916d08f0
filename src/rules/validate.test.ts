import { describe, expect, it } from 'vitest';
import { diagram, edge, node, withItems } from '../testing/build';
import { referenceDesign } from '../testing/referenceDesign';
import { defineRule } from './defineRule';
import { startValidation, validate } from './validate';
import { RULES } from './registry';
import { nodeTarget, type Rule } from './types';

const now = new Date('2027-01-15T12:00:00Z');

describe('validate', () => {
  it('finds no error or warning in the clean reference design', () => {
    const { findings, summary } = validate(referenceDesign(), { now });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(summary.error + summary.warning).toBe(0);
  });

  it('reports the exposure path of the reference design as info, with the flow ids in order', () => {
    const exposure = validate(referenceDesign(), { now }).findings.find((f) => f.rule === 'net/internet-exposure');
    expect(exposure?.target).toEqual({ kind: 'node', id: 'db' });
    expect(exposure?.path).toEqual(['ssh-in', 'bastion-to-db']);
  });

  it('sorts by severity, then rule, then target id', () => {
    const d = diagram(
      node('b', 'rds', { props: { publiclyAccessible: true } }),
      node('a', 'rds', { props: { publiclyAccessible: true } }),
      node('u', 'iam-user', { props: { accessKeys: true } }),
    );
    const keys = validate(d, { now }).findings.map((f) => `${f.severity} ${f.rule} ${f.target.kind === 'diagram' ? '' : f.target.id}`);
    const order = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...keys].sort((x, y) => {
      const [sx, rx, tx] = x.split(' ') as [keyof typeof order, string, string];
      const [sy, ry, ty] = y.split(' ') as [keyof typeof order, string, string];
      return order[sx] - order[sy] || (rx < ry ? -1 : rx > ry ? 1 : 0) || (tx < ty ? -1 : tx > ty ? 1 : 0);
    });
    expect(keys).toEqual(sorted);
    expect(keys.filter((k) => k.includes('pub/rds-public-access'))).toEqual(['error pub/rds-public-access a', 'error pub/rds-public-access b']);
    expect(keys[keys.length - 1]!.startsWith('info')).toBe(true);
  });

  it('gives the same output for the same diagram', () => {
    const d = referenceDesign();
    expect(JSON.stringify(validate(d, { now }))).toBe(JSON.stringify(validate(d, { now })));
  });

  it('reports at most one finding per target and rule', () => {
    const twice: Rule = defineRule({
      id: 'test/twice',
      severity: 'warning',
      title: 'test rule',
      description: 'test',
      section: 'Test',
      basis: { kind: 'common-practice', reference: 'test', text: 'test' },
      fix: 'test',
      check(_index, report) {
        report({ target: nodeTarget('x'), message: 'first' });
        report({ target: nodeTarget('x'), message: 'second' });
      },
    });
    const { findings } = validate(diagram(node('x', 'sns-topic')), { now, rules: [twice] });
    expect(findings.map((f) => f.message)).toEqual(['first']);
  });

  const reporting = (id: string, severity: Rule['severity'], hits: readonly [string, string][]): Rule =>
    defineRule({
      id,
      severity,
      title: 'test rule',
      description: 'test',
      section: 'Test',
      basis: { kind: 'common-practice', reference: 'test', text: 'test' },
      fix: 'test',
      check(_index, report) {
        for (const [target, message] of hits) report({ target: nodeTarget(target), message });
      },
    });

  it('keeps the first hit per target whatever order a rule reports in', () => {
    const rule = reporting('test/shuffled', 'info', [
      ['c', 'c1'],
      ['a', 'a1'],
      ['c', 'c2'],
      ['b', 'b1'],
      ['a', 'a2'],
    ]);
    const { findings } = validate(diagram(), { now, rules: [rule] });
    expect(findings.map((f) => f.message)).toEqual(['a1', 'b1', 'c1']);
  });

  it('orders findings of custom rule lists, including two rules sharing an id', () => {
    const rules = [
      reporting('test/b', 'info', [['y', 'b-y']]),
      reporting('test/a', 'info', [['z', 'a-z']]),
      reporting('test/b', 'info', [['x', 'b2-x']]),
      reporting('test/c', 'error', [['w', 'c-w']]),
    ];
    const { findings } = validate(diagram(), { now, rules });
    expect(findings.map((f) => f.message)).toEqual(['c-w', 'a-z', 'b2-x', 'b-y']);
  });

  describe('suppressions', () => {
    const base = withItems(referenceDesign(), node('db', 'rds', { parent: 'private-a', props: { multiAz: false, requireSsl: true, maintenanceWindow: 'sun:03:00-sun:03:30' } }));
    const suppressed = (expires?: string) => ({
      ...base,
      suppressions: [{ rule: 'ha/rds-multi-az', target: 'db', reason: 'dev database', ...(expires ? { expires } : {}) }],
    });
    const multiAz = (d: ReturnType<typeof suppressed>, at: Date) => validate(d, { now: at }).findings.find((f) => f.rule === 'ha/rds-multi-az');

    it('marks the finding suppressed with its reason and leaves it out of the counts', () => {
      const result = validate(suppressed(), { now });
      const f = result.findings.find((x) => x.rule === 'ha/rds-multi-az');
      expect(f).toMatchObject({ suppressed: true, reason: 'dev database', severity: 'warning' });
      expect(result.summary.suppressed).toBe(1);
      expect(result.summary.warning).toBe(validate(base, { now }).summary.warning - 1);
    });

    it('suppresses through the end of the expiry day, UTC, and not after', () => {
      expect(multiAz(suppressed('2027-01-15'), new Date('2027-01-15T23:59:59.999Z'))?.suppressed).toBe(true);
      expect(multiAz(suppressed('2027-01-15'), new Date('2027-01-16T00:00:00Z'))?.suppressed).toBe(false);
      expect(multiAz(suppressed('2027-01-15'), new Date('2027-01-16T00:00:00Z'))?.reason).toBeUndefined();
      expect(multiAz(suppressed(), new Date('2099-01-01T00:00:00Z'))?.suppressed).toBe(true);
    });

    it('only suppresses the named rule on the named target', () => {
      const d = { ...suppressed(), suppressions: [{ rule: 'ha/rds-multi-az', target: 'bastion', reason: 'wrong target' }] };
      expect(multiAz(d, now)?.suppressed).toBe(false);
    });
  });

  it('applies to an empty diagram without findings', () => {
    expect(validate(diagram(), { now })).toEqual({ findings: [], summary: { error: 0, warning: 0, info: 0, suppressed: 0 } });
  });

  it('runs an edge rule on edges only and targets the edge', () => {
    const d = diagram(
      node('vpc', 'vpc'),
      node('s', 'subnet', { parent: 'vpc' }),
      node('db', 'rds', { parent: 's' }),
      node('app', 'ec2-instance', { parent: 's' }),
      edge('f', 'network', 'app', 'db', { ports: '5432' }),
    );
    const f = validate(d, { now }).findings.find((x) => x.rule === 'tls/data-store-flow-encrypted');
    expect(f?.target).toEqual({ kind: 'edge', id: 'f' });
  });
});

describe('startValidation', () => {
  const busy = () =>
    diagram(
      node('a', 'rds', { props: { publiclyAccessible: true } }),
      node('u', 'iam-user', { props: { accessKeys: true } }),
    );

  it('runs one rule a step, and its result is the one validate gives', () => {
    const run = startValidation(busy(), { now });
    let steps = 1;
    while (!run.step()) steps++;
    expect(steps).toBe(RULES.length);
    expect(run.step()).toBe(true);
    const result = run.result();
    expect(result).toEqual(validate(busy(), { now }));
    expect(result.summary.error).toBeGreaterThan(0);
  });

  it('refuses to give a result before every rule has run', () => {
    const run = startValidation(busy(), { now });
    run.step();
    expect(() => run.result()).toThrow(/57 of 58 rules still to run/);
  });
});
