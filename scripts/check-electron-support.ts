// `npm run check:electron`, the first step of `npm test`: fails while the installed Electron major is out of support.
// The npm registry names the newest release; without it (offline, or `--offline`) the date rule in
// electron-support.ts stands in, so a pin left alone still fails once its major has aged out.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decideElectronSupport, type SupportInput } from './electron-support';

const REGISTRY_TIMEOUT_MS = 15_000;
const manifest = fileURLToPath(new URL('../node_modules/electron/package.json', import.meta.url));

function installedVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : null;
  if (typeof version !== 'string') throw new Error(`${manifest} names no version`);
  return version;
}

/** Asks through npm itself, so the registry, proxy and certificates configured for `npm ci` apply here too. */
function askRegistry(): Promise<SupportInput['registry']> {
  return new Promise((resolve) => {
    execFile('npm', ['view', 'electron', 'dist-tags', '--json'], { timeout: REGISTRY_TIMEOUT_MS }, (error, stdout) => {
      if (error) {
        const timedOut = error.killed || error.signal === 'SIGTERM';
        resolve({ failure: timedOut ? `no answer within ${REGISTRY_TIMEOUT_MS / 1000} s` : `npm view failed: ${error.message.split('\n')[0] ?? ''}` });
        return;
      }
      try {
        const tags: unknown = JSON.parse(stdout);
        const latest = typeof tags === 'object' && tags !== null && 'latest' in tags ? tags.latest : null;
        resolve(typeof latest === 'string' ? { latest } : { failure: 'its answer had no dist-tags.latest' });
      } catch {
        resolve({ failure: 'its answer was not JSON' });
      }
    });
  });
}

let installed: string;
try {
  installed = installedVersion();
} catch (error) {
  console.error(`Electron support: cannot read the installed electron (${error instanceof Error ? error.message : String(error)}); run \`npm ci\` first.`);
  process.exit(1);
}
const registry = process.argv.includes('--offline') ? { failure: '--offline' } : await askRegistry();
const decision = decideElectronSupport({ installed, registry, now: new Date() });
console.log(decision.explanation.map((line) => `Electron support: ${line}`).join('\n'));
process.exitCode = decision.supported ? 0 : 1;
