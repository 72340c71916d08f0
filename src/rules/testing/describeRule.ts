/**
 * The shape every rule test takes: cases that make the rule fire (naming the
 * targets it must report, exactly) and cases that must not. The meta-test
 * reads each rule's test file for `fires(` and `passes(` calls, so a rule
 * without both kinds of case fails the build. When a rule has a quick fix,
 * every firing case also checks that the fix makes its findings go away.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../model/graphIndex';
import type { Diagram } from '../../model/types';
import { targetId, type Rule, type RuleHit } from '../types';

export interface FireCase {
  readonly kind: 'fires';
  readonly name: string;
  readonly diagram: Diagram;
  /** Every target the rule must report, and no other. */
  readonly targets: readonly string[];
  /** Checked against each hit's message. */
  readonly message?: RegExp;
  /** Set false where the quick fix cannot apply to this case. */
  readonly fixable?: boolean;
}

export interface PassCase {
  readonly kind: 'passes';
  readonly name: string;
  readonly diagram: Diagram;
}

export function fires(
  name: string,
  diagram: Diagram,
  targets: readonly string[],
  options: { message?: RegExp; fixable?: boolean } = {},
): FireCase {
  return { kind: 'fires', name, diagram, targets, ...options };
}

export function passes(name: string, diagram: Diagram): PassCase {
  return { kind: 'passes', name, diagram };
}

export function runRule(rule: Rule, diagram: Diagram): RuleHit[] {
  const hits: RuleHit[] = [];
  rule.check(new GraphIndex(diagram), (hit) => hits.push(hit));
  return hits;
}

export function describeRule(rule: Rule, cases: readonly (FireCase | PassCase)[]): void {
  describe(rule.id, () => {
    it('has at least one firing and one passing case', () => {
      expect(cases.some((c) => c.kind === 'fires')).toBe(true);
      expect(cases.some((c) => c.kind === 'passes')).toBe(true);
    });
    for (const c of cases) {
      if (c.kind === 'passes') {
        it(`does not fire: ${c.name}`, () => {
          expect(runRule(rule, c.diagram).map((h) => targetId(h.target))).toEqual([]);
        });
        continue;
      }
      it(`fires: ${c.name}`, () => {
        const hits = runRule(rule, c.diagram);
        expect([...new Set(hits.map((h) => targetId(h.target)))].sort()).toEqual([...c.targets].sort());
        for (const hit of hits) {
          expect(hit.message.length).toBeGreaterThan(10);
          if (c.message) expect(hit.message).toMatch(c.message);
        }
      });
      const fix = rule.quickFix;
      if (fix !== undefined && c.fixable !== false) {
        it(`quick fix clears: ${c.name}`, () => {
          let fixed = c.diagram;
          for (const hit of runRule(rule, c.diagram)) fixed = fix.apply(fixed, hit.target);
          expect(runRule(rule, fixed)).toEqual([]);
          // Pure: the input diagram is untouched.
          expect(runRule(rule, c.diagram).length).toBeGreaterThan(0);
        });
      }
    }
  });
}
