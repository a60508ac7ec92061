import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConcord } from '../../../electron/core/app/concord';
import { seededRandom, testSeed } from '../../fixtures/seeded-random';
import { COMMANDER, PASSPHRASE, tempConcord, tempDir } from '../../fixtures/temp-store';

/**
 * A key rotation killed with SIGKILL at a random instant, forty times, each on a copy of one store of 15 MB or more:
 * every store opens afterwards with the passphrase (the key its keyring, or its pending keyring, names) and holds
 * every op written before, and nothing of the rotation is left beside it. Most kills fall anywhere in the rotation's
 * measured duration; a quarter fall within a few milliseconds of the swap, which a delay from the start seldom hits.
 * Two trials run at once, one per core.
 */
const TRIALS = 40;
const NEAR_SWAP = 10;
/** The pending keyring arrives just before the swap, the copy under the store's own name at it. */
const SWAP_MARKS = ['keyring.json.next', 'concord.db'] as const;
const NEAR_SWAP_MS = 10;
const CONCURRENT = 2;
const NOTES = 1_700;
const NOTE_LENGTH = 4_000;
const STORE_BYTES = 15 * 1024 * 1024;
const SEED = testSeed();
console.log(`key-rotation-kill: seed ${SEED} (rerun with CONCORD_TEST_SEED=${SEED})`);

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = 'tests/integration/store/rotate-child.ts';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ';
const random = seededRandom(SEED);
const randomText = (length: number): string => Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)] ?? 'a').join('');

const root = tempDir();
const base = join(root.dir, 'base');
let incidentId = '';
let oldRecoveryKey = '';
let written: unknown = null;

afterAll(() => root.cleanup());

beforeAll(async () => {
  const t = await tempConcord();
  try {
    oldRecoveryKey = t.recoveryKey;
    incidentId = (await t.call('incident:create', { name: 'Rotation under fire', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
    for (let i = 0; i < NOTES; i++) await t.call('log:note', { incidentId, text: randomText(NOTE_LENGTH) });
    written = await t.call('incident:stateHash', { id: incidentId });
    t.concord.close();
    cpSync(t.dir, base, { recursive: true });
  } finally {
    t.close();
  }
}, 120_000);

/** When a trial's child kills itself: `ms` after the rotation starts, or after the file `mark` is renamed into place. */
interface Kill {
  ms: number;
  mark: string | null;
}

/** Rotates the key of the store in `dir` in a child process, which kills itself as `kill` says. */
async function rotateInChild(dir: string, kill: Kill | null): Promise<{ rotatedMs: number | null }> {
  const args = ['--import', 'tsx', CHILD, dir, ...(kill ? [String(kill.ms), ...(kill.mark ? [kill.mark] : [])] : [])];
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (!stdout.includes('rotating\n')) throw new Error(`the rotation never started (exit ${code ?? signal}): ${stderr}`);
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`the rotation failed (exit ${code ?? signal}): ${stderr}`);
  const rotated = /rotated (\d+)/.exec(stdout);
  return { rotatedMs: rotated ? Number(rotated[1]) : null };
}

/**
 * The key the store ended on (`answered`: the new one, by a rotation that finished before its kill), and whether the
 * kill left rotation files for unlock to settle.
 */
interface Outcome {
  key: 'oldKey' | 'newKey' | 'answered';
  leftOver: boolean;
}

/** One trial on its own copy of the store, checked whole. */
async function killedRotation(trial: number, kill: Kill): Promise<Outcome> {
  const when = `${kill.ms} ms after ${kill.mark ? `${kill.mark} appeared` : 'the rotation started'}`;
  const context = `seed ${SEED}, trial ${trial}, killed ${when} (rerun with CONCORD_TEST_SEED=${SEED})`;
  const dir = join(root.dir, `trial-${trial}`);
  cpSync(base, dir, { recursive: true });
  const { rotatedMs: finished } = await rotateInChild(dir, kill);
  const leftOver = readdirSync(dir).some((f) => f.includes('.next'));
  const concord = createConcord({ dataDir: dir, log: () => undefined });
  try {
    expect(await concord.call('store:unlock', { passphrase: PASSPHRASE }), context).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await concord.call('incident:stateHash', { id: incidentId }), context).toEqual({ ok: true, value: written });
    expect(readdirSync(dir).filter((f) => f.includes('.next')), context).toEqual([]);
    await concord.call('store:lock', {});
    const byOldKey = await concord.call('store:unlock', { recoveryKey: oldRecoveryKey });
    // A rotation that answered has taken effect; one killed before it answered may have or not.
    if (finished !== null) expect(byOldKey.ok, context).toBe(false);
    return { key: byOldKey.ok ? 'oldKey' : finished === null ? 'newKey' : 'answered', leftOver };
  } finally {
    concord.close();
    rmSync(dir, { recursive: true });
  }
}

describe('a key rotation killed at a random instant', () => {
  it(`leaves, ${TRIALS} times out of ${TRIALS}, one store that the passphrase opens with all its data`, { timeout: 300_000 }, async () => {
    const size = statSync(join(base, 'concord.db')).size;
    expect(size).toBeGreaterThanOrEqual(STORE_BYTES);
    // Timed as the trials run, as many at once, so that the kills spread over the whole rotation, swap included.
    const timings = await Promise.all(
      Array.from({ length: CONCURRENT }, async (_, i) => {
        const dir = join(root.dir, `measured-${i}`);
        cpSync(base, dir, { recursive: true });
        const { rotatedMs } = await rotateInChild(dir, null);
        rmSync(dir, { recursive: true });
        if (rotatedMs === null) throw new Error('an unkilled rotation did not finish');
        return rotatedMs;
      }),
    );
    const rotationMs = Math.max(...timings);
    console.log(`key-rotation-kill: a rotation of the ${(size / 2 ** 20).toFixed(1)} MiB store takes ${timings.join(' and ')} ms, ${CONCURRENT} at once`);

    // Drawn up front, so a seed replays the same kills whichever trial finishes first.
    const plans = Array.from({ length: TRIALS }, (_, trial) => ({
      trial,
      kill:
        trial < TRIALS - NEAR_SWAP
          ? { ms: Math.floor(random() * rotationMs), mark: null }
          : { ms: Math.floor(random() * NEAR_SWAP_MS), mark: SWAP_MARKS[trial % SWAP_MARKS.length] ?? null },
    }));
    const outcomes = { oldKey: 0, newKey: 0, answered: 0, leftOver: 0 };
    let failed = false;
    const worker = async (): Promise<void> => {
      for (let plan = plans.shift(); plan && !failed; plan = plans.shift()) {
        try {
          const { key, leftOver } = await killedRotation(plan.trial, plan.kill);
          outcomes[key]++;
          if (leftOver) outcomes.leftOver++;
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT }, worker));
    console.log(`key-rotation-kill: ${TRIALS}/${TRIALS} stores opened whole: ${outcomes.oldKey} killed before the swap (old key), ${outcomes.newKey} after it (new key), ${outcomes.answered} finished first; ${outcomes.leftOver} left rotation files that unlock settled`);
  });
});
