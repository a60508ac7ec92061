import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConcord } from '../core/app/concord';
import { defaultDataDir } from '../core/kernel/store/data-dir';
import { testClockFromEnv } from '../core/kernel/ops/test-clock';
import { createWebHost } from './server';
import { bootstrapStore } from './store-bootstrap';
import { startSync, syncOptionsFromEnv } from './sync-env';

/**
 * `npx tsx electron/host/cli.ts`: the web console. Stdout carries exactly one line, the URL, so scripts and
 * tests can read it; everything else goes to stderr.
 */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function exitWith(message: string): never {
  process.stderr.write(`Concord: ${message}\n`);
  process.exit(1);
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) exitWith(`CONCORD_PORT must be a port number, not ${JSON.stringify(value)}.`);
  return port;
}

async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const port = portFrom(process.env.CONCORD_PORT);
  const rendererDir = process.env.CONCORD_RENDERER_DIR ?? resolve(projectRoot, 'dist', 'renderer');
  const resourcesDir = process.env.CONCORD_RESOURCES_DIR ?? resolve(projectRoot, 'resources');
  // End-to-end tests only: CONCORD_TEST_CLOCK_START puts the console on a clock `test:advanceClock` can move.
  const clock = testClockFromEnv(process.env) ?? undefined;
  const concord = createConcord({ dataDir, resourcesDir, sync: syncOptionsFromEnv(process.env, exitWith), clock, log: (message, error) => console.error(message, error) });

  const passphrase = process.env.CONCORD_PASSPHRASE;
  if (passphrase) {
    const outcome = await bootstrapStore(concord, passphrase, dataDir);
    if (!outcome.ok) exitWith(outcome.message);
    // The recovery key opens the store on its own: it is shown only to a person at a terminal, never to a log file or
    // a pipe (stderr keeps stdout to the one URL line).
    if (outcome.recoveryKey) {
      process.stderr.write(
        process.stderr.isTTY
          ? `Concord: store created in ${dataDir}. Recovery key, shown once: ${outcome.recoveryKey}\n`
          : `Concord: store created in ${dataDir}. Its recovery key is not written here (not a terminal): rotate the key (store:rotateKey) to be shown a new one.\n`,
      );
    }
  }

  const host = await createWebHost({ concord, rendererDir, port }).catch((error: unknown) =>
    exitWith(`cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`),
  );
  process.stdout.write(`Concord web console: ${host.url}\n`);
  const syncProblem = await startSync(concord, process.env.CONCORD_JOIN_CODE);
  if (syncProblem) process.stderr.write(`Concord: ${syncProblem}\n`);

  let closing = false;
  // A terminal's Ctrl-C reaches both `npm start` and this process, which forwards it again: close once.
  const shutdown = () => {
    if (closing) return;
    closing = true;
    concord.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown).on('SIGTERM', shutdown);
}

main().catch((error: unknown) => exitWith(error instanceof Error ? error.message : String(error)));
