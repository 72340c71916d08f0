/**
 * The build fails when a rule of controls.md lacks an implementation, its
 * tests (a firing and a non-firing case), a word-for-word quote (or a named
 * common practice) or a fix, or when its id, severity or section drift from
 * controls.md (kept in controls.json, copied from the spec).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import controls from './controls.json';
import { quoteOccurs } from './quoteIndex';
import { RULES } from './registry';
import { RULE_IDS } from './ruleIds';

const root = join(__dirname, '..', '..');
const documentText = readFileSync(join(root, 'docs/reference/aws-security-processes.md'), 'utf8');

describe('the rule catalog', () => {
  it('implements exactly the 58 rules of controls.md, in its order', () => {
    expect(controls).toHaveLength(58);
    expect(RULES.map((r) => r.id)).toEqual(controls.map((c) => c.id));
    expect([...RULE_IDS]).toEqual(controls.map((c) => c.id));
  });

  for (const control of controls) {
    describe(control.id, () => {
      const rule = RULES.find((r) => r.id === control.id);
      const file = join(root, 'src/rules', `${control.id}.ts`);
      const testFile = join(root, 'src/rules', `${control.id}.test.ts`);

      it('is implemented in src/rules/<id>.ts with the severity and section of controls.md', () => {
        expect(rule, 'registered in src/rules/registry.ts').toBeDefined();
        expect(existsSync(file), `${file} exists`).toBe(true);
        expect(readFileSync(file, 'utf8')).toContain(`'${control.id}'`);
        expect(rule!.severity).toBe(control.severity);
        expect(rule!.section).toBe(control.section);
      });

      it('has tests that make it fire and not fire', () => {
        expect(existsSync(testFile), `${testFile} exists`).toBe(true);
        const text = readFileSync(testFile, 'utf8');
        expect(text).toMatch(/describeRule\(/);
        expect(text, 'a firing case').toMatch(/\bfires\(/);
        expect(text, 'a non-firing case').toMatch(/\bpasses\(/);
      });

      it('quotes the document word for word, or names its common practice', () => {
        const basis = rule!.basis;
        if (control.section.startsWith('common practice')) {
          expect(basis.kind).toBe('common-practice');
        }
        if (basis.kind === 'document') {
          expect(basis.quote.length).toBeGreaterThan(20);
          expect(quoteOccurs(documentText, basis.quote), `quote of ${control.id}: "${basis.quote}"`).toBe(true);
        } else {
          expect(basis.reference.length).toBeGreaterThan(5);
          expect(basis.text.length).toBeGreaterThan(20);
        }
      });

      it('says how to fix the design, with a title and description', () => {
        expect(rule!.fix.length).toBeGreaterThan(20);
        expect(rule!.title.length).toBeGreaterThan(5);
        expect(rule!.description.length).toBeGreaterThan(10);
        if (rule!.quickFix) expect(rule!.quickFix.label.length).toBeGreaterThan(5);
      });
    });
  }
});
