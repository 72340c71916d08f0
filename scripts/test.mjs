// @ts-check
/**
 * `npm test`: the one command that runs every check, in order, stopping at the
 * first failure:
 *   browser -> typecheck -> lint -> docs check -> unit tests -> build -> e2e.
 * Ends with a line `tests: N passed, M failed[, K skipped]` summed from the
 * vitest and Playwright JSON reports, and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const UNIT_REPORT = path.join(root, 'test-results', 'unit.json');
const E2E_REPORT = path.join(root, 'test-results', 'e2e.json');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Resolves a tool the way npx would, from this repo's node_modules/.bin. */
function bin(/** @type {string} */ name) {
  return path.join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
}

/**
 * Runs a command with inherited stdio; returns true on exit code 0.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
  console.log(`$ ${[path.relative(root, command) || command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: isWindows });
  if (result.error) {
    console.error(`  could not start ${command}: ${result.error.message}`);
    return false;
  }
  if (result.signal) console.error(`  ${command} was killed by ${result.signal}`);
  return result.status === 0;
}

/** @returns {Promise<string | undefined>} */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Finds (or installs) a Chromium for Playwright; returns its path or undefined. */
async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = await playwrightChromium();
  if (bundled) return bundled;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('No Chromium found; installing Debian\'s with apt-get (running as root):');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && existsSync(DEBIAN_CHROMIUM)) {
      return DEBIAN_CHROMIUM;
    }
    console.warn('apt-get could not install chromium');
  }
  console.log('No Chromium found; trying Playwright\'s own download:');
  if (run(bin('playwright'), ['install', 'chromium'])) {
    const installed = await playwrightChromium();
    if (installed) return installed;
  }
  return undefined;
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Sums test counts from whichever reports this run produced. */
function totals() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const unit = readJson(UNIT_REPORT);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  }
  const e2e = readJson(E2E_REPORT);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
    skipped += e2e.stats.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

/** @type {{ name: string, seconds: number, ok: boolean }[]} */
const timings = [];

/** Prints step timings and the totals line, then exits. */
function finish(/** @type {string | undefined} */ failedStep) {
  const counted = totals();
  const { passed, skipped } = counted;
  // A step that failed without a failing test (a runner that could not start, a type error)
  // still counts as a failure in the summary line, so it never reads "0 failed".
  const failed = failedStep && counted.failed === 0 ? 1 : counted.failed;
  console.log('\nsteps:');
  for (const t of timings) console.log(`  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} (${t.seconds.toFixed(1)} s)`);
  if (failedStep) console.error(`\nnpm test stopped: step "${failedStep}" failed (see its output above).`);
  console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(failedStep || failed > 0 ? 1 : 0);
}

/**
 * @param {string} name
 * @param {() => boolean | Promise<boolean>} action
 */
async function step(name, action) {
  console.log(`\n== ${name} ==`);
  const started = performance.now();
  const ok = await action();
  timings.push({ name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) finish(name);
}

async function main() {
  // Stale reports from an earlier run must not leak into this run's totals.
  rmSync(UNIT_REPORT, { force: true });
  rmSync(E2E_REPORT, { force: true });

  const npm = isWindows ? 'npm.cmd' : 'npm';
  let browser = '';

  await step('find a browser', async () => {
    const found = await findBrowser();
    if (!found) {
      console.error(
        [
          'No Chromium for the end-to-end tests. Install one, then rerun `npm test`:',
          '  Debian/Ubuntu (root):  apt-get update && apt-get install -y chromium',
          '  anywhere else:         npx playwright install chromium',
          '  or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
        ].join('\n'),
      );
      return false;
    }
    browser = found;
    console.log(`using ${browser}`);
    return true;
  });
  await step('typecheck', () => run(npm, ['run', 'typecheck']));
  await step('lint', () => run(npm, ['run', 'lint']));
  if (existsSync(path.join(root, 'scripts', 'gen-docs.ts'))) {
    await step('docs are up to date', () => run(bin('tsx'), ['scripts/gen-docs.ts', '--check']));
  }
  await step('unit tests', () =>
    run(bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.relative(root, UNIT_REPORT)}`,
    ]),
  );
  await step('build', () => run(bin('vite'), ['build']));
  await step('end-to-end tests', () =>
    run(bin('playwright'), ['test'], { ...process.env, CHROMIUM_PATH: browser }),
  );
  finish(undefined);
}

await main();
