import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { createConcord } from '../../../electron/core/app/concord';
import { PASSPHRASE } from '../../fixtures/temp-store';

/**
 * One key rotation in a process of its own, for the kill test: `rotate-child.ts <data folder> [<ms> [<file>]]`.
 * Prints `rotating` just before the rotation starts and `rotated <ms>` once it is done. Given a delay, the process
 * sends itself SIGKILL that long after the rotation starts or, given a file name too, after that name is renamed into
 * the folder: the instants around the swap last a few milliseconds of a rotation, so a delay from the start alone
 * seldom lands there. The kill comes from a worker thread, since the rotation holds the main thread throughout, and
 * from here rather than from the test, whose own thread is busy checking other trials' stores.
 */
const [dataDir, killAfter, anchor] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: rotate-child.ts <data folder> [<kill after ms> [<kill after this file appears>]]');

// Unanchored, the worker waits on `start[0]` turning 1, then sleeps out the delay: its event loop is not needed.
const KILLER = `
const { watch } = require('node:fs');
const { workerData, parentPort } = require('node:worker_threads');
const kill = () => process.kill(process.pid, 'SIGKILL');
const start = new Int32Array(workerData.start);
if (workerData.anchor) {
  const watcher = watch(workerData.dir, (event, name) => {
    if (event !== 'rename' || name !== workerData.anchor) return;
    watcher.close();
    setTimeout(kill, workerData.ms);
  });
  parentPort.postMessage('ready');
} else {
  parentPort.postMessage('ready');
  Atomics.wait(start, 0, 0);
  Atomics.wait(start, 0, 1, workerData.ms);
  kill();
}
`;

async function armKiller(ms: number): Promise<Int32Array> {
  const start = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(KILLER, { eval: true, workerData: { start: start.buffer, ms, dir: dataDir, anchor: anchor ?? null } });
  await once(worker, 'message');
  return start;
}

const concord = createConcord({ dataDir, log: () => undefined });
const unlocked = await concord.call('store:unlock', { passphrase: PASSPHRASE });
if (!unlocked.ok) throw new Error(`${unlocked.error.code}: ${unlocked.error.message}`);
const killer = killAfter === undefined ? null : await armKiller(Number(killAfter));
process.stdout.write('rotating\n');
const started = performance.now();
if (killer) {
  Atomics.store(killer, 0, 1);
  Atomics.notify(killer, 0);
}
const rotated = await concord.call('store:rotateKey', { passphrase: PASSPHRASE });
if (!rotated.ok) throw new Error(`${rotated.error.code}: ${rotated.error.message}`);
process.stdout.write(`rotated ${Math.round(performance.now() - started)}\n`);
concord.close();
process.exit(0);
