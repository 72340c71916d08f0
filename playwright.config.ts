import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// scripts/test.mjs finds a browser and exports CHROMIUM_PATH; when running
// `npx playwright test` by hand, fall back to Debian's Chromium, then to
// Playwright's own download.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Overridable so that several runs can share one machine (each its own build,
// server and artifacts): E2E_PORT, E2E_DIST (a `vite build --outDir`), E2E_OUT.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST;
const out = process.env.E2E_OUT ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  // Keep artifacts in a subfolder: Playwright empties outputDir on start, and
  // test-results/ also holds the unit and e2e JSON reports.
  outputDir: `${out}/e2e-artifacts`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Two cores run the app, the browser and the test runner: generous waits
  // keep slow machines from failing tests that are not broken.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${out}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Without the networking flags Chromium keeps dialling Google services,
          // which this kind of machine refuses; Debian's wrapper does not add
          // --disable-dev-shm-usage by itself.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Serves the already built dist/ (scripts/test.mjs runs `vite build` first).
  webServer: {
    command: `npx vite preview --port ${port} --strictPort${dist === undefined ? '' : ` --outDir ${dist}`}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
