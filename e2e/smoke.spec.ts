import { expect, test } from './helpers/test';
import type { Page } from '@playwright/test';

interface RecordedViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations: RecordedViolation[];
  }
}

/** Records CSP violations in the page and console errors on the test side. */
async function watchPage(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations);

test('the app loads under its CSP without violations or console errors', async ({ page }) => {
  const errors = await watchPage(page);
  await page.goto('/');

  await expect(page).toHaveTitle('Ramparts');
  await expect(page.getByRole('heading', { name: 'Ramparts' })).toBeVisible();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.locator('.react-flow__controls')).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the CSP is set by meta tag and by the preview server headers', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);

  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const metaPolicy = (await meta.getAttribute('content')) ?? '';
  expect(metaPolicy).toContain("default-src 'self'");
  expect(metaPolicy).toMatch(/script-src 'self';/);
  expect(metaPolicy).toContain("object-src 'none'");
  expect(metaPolicy).not.toContain('unsafe-eval');

  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(`${metaPolicy}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

// Proves the policy is enforced, not just present, and that the suite-wide
// guard (helpers/test.ts) sees violations: this is the one spec allowed them.
test.describe('the policy is enforced', () => {
  test.use({ allowCspViolations: true });

  test('an injected inline script and an eval are both blocked and reported', async ({ page, cspViolations }) => {
    await page.goto('/');
    await expect(page.locator('.react-flow__pane')).toBeVisible();

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('script-src-elem');
    expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false);

    // page.evaluate runs outside the page's policy, so the eval must come from
    // a script the policy itself admits: a same-origin file (served by the
    // test) that tries eval and new Function and records what happened.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `const tryIt = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
window.__probe = { eval: tryIt(() => eval('1 + 1')), fn: tryIt(() => new Function('return 1')()) };`,
      }),
    );
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = '/csp-probe.js';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __probe?: unknown }).__probe)).toEqual({ eval: 'EvalError', fn: 'EvalError' });
    await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('script-src');
  });
});

test('while the editor loads, the page shows a static frame, and the editor then takes its place', async ({ page }) => {
  // The app's script is held back, as on a slow network.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const frame = page.getByRole('status').filter({ hasText: 'Opening your diagram…' });
  await expect(frame).toBeVisible();
  await expect(page.locator('header').first()).toContainText('Ramparts');
  release();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(frame).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Auto layout' })).toBeVisible();
});
