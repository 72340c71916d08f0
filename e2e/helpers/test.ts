/**
 * The `test` every spec uses: Playwright's, plus a guard that fails the test
 * when the page reports a Content-Security-Policy violation. The policy is
 * only worth something if the app never needs an exception to it, so any
 * violation anywhere in the suite is a failure, not a console line.
 *
 * It also fails any test during which a page requested another origin: no
 * request may leave the app's origin, ever.
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
  /** Every request the pages made to another origin (data: and blob: URLs never leave the browser). */
  offOriginRequests: string[];
}

export const test = base.extend<GuardFixtures>({
  allowCspViolations: [false, { option: true }],
  cspViolations: async ({}, use) => {
    await use([]);
  },
  offOriginRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, cspViolations, allowCspViolations, offOriginRequests, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) offOriginRequests.push(url);
    });
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
    // Privacy: no test, whatever it does, may make the app talk to another origin.
    expect(offOriginRequests, 'requests that left the app origin').toEqual([]);
    if (!allowCspViolations) {
      expect(cspViolations, 'Content-Security-Policy violations during the test').toEqual([]);
    }
  },
});

export { expect };
