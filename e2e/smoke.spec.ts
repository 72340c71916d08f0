import { expect, test, type Page } from '@playwright/test';

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

// Guards the first test against passing vacuously: the listener must see a
// violation when there is one.
test('an inline script is blocked and recorded as a violation', async ({ page }) => {
  await watchPage(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__pane')).toBeVisible();

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
  });

  await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('script-src-elem');
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});
