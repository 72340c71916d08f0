/**
 * Hostile strings for every text sink: markup that runs script if it is ever
 * parsed as HTML or SVG, URLs that run script if they ever become links,
 * CSS break-outs, template-injection bait, and text that misleads the eye
 * (right-to-left overrides, zero-width characters). Each payload calls the
 * sentinel `__xssSentinel` if it runs; the app's CSP would also block (and
 * the suite guard report) any inline handler, so a payload that became
 * markup is caught three ways: sentinel, CSP violation, and the DOM check.
 */
import { expect, type Page } from '@playwright/test';

export const XSS_CORPUS: readonly string[] = [
  `<img src=x onerror="__xssSentinel('img')">`,
  `<svg onload="__xssSentinel('svg')"><circle r=9 /></svg>`,
  `"><script>__xssSentinel('script')</script>`,
  `javascript:__xssSentinel('js-url')`,
  `data:text/html;base64,PHNjcmlwdD5fX3hzc1NlbnRpbmVsKCdkYXRhJyk8L3NjcmlwdD4=`,
  `<a href="javascript:__xssSentinel('link')">open</a>`,
  `</style><style data-xss>body{display:none}</style>`,
  `red;}*{display:none!important}/*`,
  `' onmouseover='__xssSentinel("attr")' x='`,
  `{{constructor.constructor('__xssSentinel("tpl")')()}}`,
  `<iframe srcdoc="<script>parent.__xssSentinel('iframe')</script>">`,
  `]]><x onload="__xssSentinel('cdata')"/>`,
  `\u202Egnp.exe\u202C invoice`,
  `zero\u200Bwidth\u200Djoin\uFEFFer`,
  `<math><mtext><table><mglyph><style><img src=x onerror="__xssSentinel('mxss')">`,
];

/** A 10,000-character string: past every length limit of the format. */
export const LONG_STRING = 'A'.repeat(9990) + '<b>end</b>';

/** Records sentinel calls in the test process, from every page of the context. */
export async function installSentinel(page: Page): Promise<string[]> {
  const calls: string[] = [];
  await page.context().exposeBinding('__xssSentinel', (_source, tag: string) => {
    calls.push(String(tag));
  });
  return calls;
}

/** Fails when any payload became markup: elements or attributes only a parsed payload would create. */
export async function expectNoInjectedMarkup(page: Page, calls: readonly string[], where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const selectors = [
      'img[src="x"]',
      '[onerror]',
      '[onload]',
      '[onmouseover]',
      'a[href^="javascript:" i]',
      'a[href^="data:" i]',
      'iframe',
      'object',
      'embed',
      'style[data-xss]',
      'script:not([src])',
      'x',
      'mglyph',
    ];
    return [...document.querySelectorAll(selectors.join(','))].map((e) => e.outerHTML.slice(0, 120));
  });
  expect(found, `markup injected (${where})`).toEqual([]);
  expect(calls, `a payload ran (${where})`).toEqual([]);
  // A CSS break-out would hide the page.
  await expect(page.locator('body')).toBeVisible();
}
