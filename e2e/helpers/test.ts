/**
 * The `test` every spec uses: Playwright's, plus a guard that fails the test
 * when the page reports a Content-Security-Policy violation. The policy is
 * only worth something if the app never needs an exception to it, so any
 * violation anywhere in the suite is a failure, not a console line.
 *
 * A spec that provokes violations on purpose (the CSP spec) opts out with
 * `test.use({ allowCspViolations: true })` and reads `cspViolations` itself.
 */
import { test as base, expect } from '@playwright/test';

export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
  readonly page: string;
}

interface GuardFixtures {
  allowCspViolations: boolean;
  cspViolations: CspViolation[];
}

export const test = base.extend<GuardFixtures>({
  allowCspViolations: [false, { option: true }],
  cspViolations: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, cspViolations, allowCspViolations }, use) => {
    await context.exposeBinding('__rampartsCspViolation', (_source, v: CspViolation) => {
      cspViolations.push(v);
    });
    // Registered before any page script, in every page and frame of the context.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __rampartsCspViolation?: (v: unknown) => void }).__rampartsCspViolation;
        report?.({ directive: e.violatedDirective, blockedURI: e.blockedURI, sample: e.sample, page: location.pathname });
      });
    });
    await use(context);
    if (!allowCspViolations) {
      expect(cspViolations, 'Content-Security-Policy violations during the test').toEqual([]);
    }
  },
});

export { expect };
