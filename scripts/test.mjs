import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * `npm test`: whether the installed Electron is still supported, type check, lint, unit and integration tests, the build,
 * the packaging smoke test on the built bundles, then the end-to-end tests in Chromium.
 */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) {
  console.error('npm test needs Chromium: install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to its binary.');
  process.exit(1);
}

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') };

const steps = [
  // First: a second or two (at most the 15 s registry timeout), and an unsupported Electron fails whatever else passes.
  ['electron support', ['run', 'check:electron']],
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit and integration', ['exec', '--', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'vitest.json')}`]],
  ['renderer build', ['run', 'build:renderer']],
  ['electron build', ['run', 'build:electron']],
  ['packaging smoke', ['run', 'test:package', '--', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'packaging.json')}`]],
  ['end to end', ['exec', '--', 'playwright', 'test', '--reporter=list,json']],
];

let failedStep = null;
for (const [name, args] of steps) {
  console.log(`\n== ${name} ==`);
  const result = spawnSync('npm', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const vitest = read(join(reports, 'vitest.json'));
const packaging = read(join(reports, 'packaging.json'));
const e2e = read(join(reports, 'e2e.json'));
const passed = (vitest?.numPassedTests ?? 0) + (packaging?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
  (vitest?.numFailedTests ?? 0) + (packaging?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log(
  `\nunit and integration: ${vitest?.numPassedTests ?? 0} passed; packaging: ${packaging?.numPassedTests ?? 0} passed; end to end: ${e2e?.stats?.expected ?? 0} passed`,
);
if (failedStep) console.log(`failed at: ${failedStep}`);
console.log(`tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
