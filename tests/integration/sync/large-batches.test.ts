import { connect, type Socket } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { createConcord, type Concord } from '../../../electron/core/concord';
import { generateDeviceKeys } from '../../../electron/core/ops/signing';
import { MESSAGE_MAX } from '../../../electron/core/sync/framing';
import { decodeJoinCode } from '../../../electron/core/sync/join-code';
import { encodeMessage } from '../../../electron/core/sync/messages';
import { initiate } from '../../../electron/core/sync/noise-session';
import { seededRandom, testSeed } from '../../fixtures/seeded-random';
import { COMMANDER, PASSPHRASE, tempDir, unwrap } from '../../fixtures/temp-store';
import { converged, type StateHash } from './converge';

/**
 * Batches larger than one Noise message (65,535 bytes) between real in-process consoles on loopback: forty notes
 * of 4,000 random letters deflate to about 115 KB in one batch. A console joining afterwards, and one that was
 * away while they were written, both catch up. Then what a peer may make a console hold: a deflate bomb and a
 * crowd of connections that never finish their handshake. Every wait is on an event, bounded by a timeout.
 */
const CONVERGE_MS = 20_000;
const NOTES = 40;
const NOTE_LENGTH = 4_000;
const SEED = testSeed();
console.log(`large-batches: seed ${SEED} (rerun with CONCORD_TEST_SEED=${SEED})`);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = seededRandom(SEED);
const randomText = (length: number): string => Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)] ?? 'a').join('');

interface TestConsole {
  concord: Concord;
  dataDir: string;
  logs: string[];
  /** Told of every sync log line, after it is in `logs`. */
  onLog: Set<() => void>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

const cleanups: (() => void)[] = [];
const open: Concord[] = [];

/** A console with sync on loopback and no beacons, its store created (or unlocked when `dataDir` holds one). */
async function startConsole(dataDir?: string): Promise<TestConsole> {
  let dir = dataDir;
  if (!dir) {
    const temp = tempDir();
    cleanups.push(temp.cleanup);
    dir = temp.dir;
  }
  const logs: string[] = [];
  const onLog = new Set<() => void>();
  const log = (message: string) => {
    logs.push(message);
    for (const listener of onLog) listener();
  };
  const concord = createConcord({ dataDir: dir, log: () => undefined, sync: { host: '127.0.0.1', port: 0, discovery: false, log } });
  open.push(concord);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
    unwrap((await concord.call(method, input)) as Result<MethodOutput<M>>);
  if (dataDir) await call('store:unlock', { passphrase: PASSPHRASE });
  else await call('store:create', { passphrase: PASSPHRASE, useKeystore: false });
  await concord.sync?.ready();
  return { concord, dataDir: dir, logs, onLog, call };
}

/** Resolves when every console answers the same state hash (and `ops` if given), re-checked on every sync event. */
function converge(group: TestConsole[], incidentId: string, ops?: number): Promise<StateHash> {
  const stateOf = async (c: TestConsole): Promise<StateHash | null> => {
    const r = await c.concord.call('incident:stateHash', { id: incidentId });
    return r.ok ? r.value : null;
  };
  const subscribe = (recheck: () => void) => {
    const offs = group.flatMap((c) => [c.concord.on('data:changed', recheck), c.concord.on('sync:progress', recheck), c.concord.on('sync:peers', recheck)]);
    return () => {
      for (const off of offs) off();
    };
  };
  return converged(() => Promise.all(group.map(stateOf)), subscribe, CONVERGE_MS, ops);
}

/** Resolves when `pattern` has matched `count` of the console's sync log lines, checked as each line arrives. */
function logged(c: TestConsole, pattern: RegExp, count = 1, ms = 10_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const lines = c.logs.filter((l) => pattern.test(l));
      if (lines.length < count) return;
      done();
      resolve(lines);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${count} log lines matching ${pattern} in ${ms} ms: ${c.logs.slice(-10).join(' | ')}`));
    }, ms);
    const done = () => {
      clearTimeout(timer);
      c.onLog.delete(check);
    };
    c.onLog.add(check);
    check();
  });
}

const connectTo = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

let a: TestConsole;
let incidentId = '';
let joinCode = '';

beforeAll(async () => {
  a = await startConsole();
  incidentId = (await a.call('incident:create', { name: 'Long reports', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
  joinCode = (await a.call('sync:joinCode', { incidentId })).code;
});

afterAll(() => {
  for (const c of open.splice(0)) c.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('batches larger than one Noise message', () => {
  it('reach a console that joins after them and one that was away while they were written', { timeout: 30_000 }, async () => {
    let c = await startConsole();
    await c.call('sync:join', { code: joinCode });
    await converge([a, c], incidentId);
    c.concord.close();

    for (let i = 0; i < NOTES; i++) await a.call('log:note', { incidentId, text: randomText(NOTE_LENGTH) });
    const written = await a.call('incident:stateHash', { id: incidentId });

    const b = await startConsole();
    await b.call('sync:join', { code: joinCode });
    expect(await converge([a, b], incidentId, written.ops)).toEqual(written);

    c = await startConsole(c.dataDir);
    expect(await converge([a, b, c], incidentId, written.ops)).toEqual(written);
    // The bug this guards against: sessions dropped over a message too long to seal, then redialled in a loop.
    expect(a.logs.filter((l) => / lost .*(bad message|limit|authentication|exceeds)/.test(l))).toEqual([]);
  });
});

describe('what a peer may make a console hold', () => {
  it('closes a session whose batch inflates past the bound, with the reason, and keeps serving', async () => {
    const code = decodeJoinCode(joinCode);
    const channel = await initiate(await connectTo(code.port), generateDeviceKeys().keys, { incidentId, secret: code.secret, epoch: code.epoch });
    const closed = new Promise<string>((resolve) => channel.onClose(resolve));
    channel.send(encodeMessage({ type: 'ops', body: deflateRawSync(Buffer.alloc(MESSAGE_MAX + 1)) }));
    await closed;
    const [line] = await logged(a, /bad message/);
    expect(line).toMatch(/batch inflates past the limit of 67108864 bytes/);
    expect((await a.call('incident:stateHash', { id: incidentId })).ops).toBeGreaterThan(NOTES);
  });

  it('destroys connections over the cap of handshakes in progress at once, logs it once, and accepts again after', async () => {
    const { port } = decodeJoinCode(joinCode);
    // Silent connections: each holds a handshake slot until it times out or goes away.
    const silent = await Promise.all(Array.from({ length: 16 }, () => connectTo(port)));
    const over = await Promise.all([connectTo(port), connectTo(port)]);
    await Promise.all(over.map((s) => new Promise((resolve) => (s.destroyed ? resolve(null) : s.once('close', resolve)))));
    expect(await logged(a, /handshakes in progress/)).toHaveLength(1);

    const refusedBefore = a.logs.filter((l) => /refused a connection/.test(l)).length;
    for (const s of silent) s.destroy();
    await logged(a, /refused a connection/, refusedBefore + silent.length);
    const code = decodeJoinCode(joinCode);
    const channel = await initiate(await connectTo(port), generateDeviceKeys().keys, { incidentId, secret: code.secret, epoch: code.epoch });
    expect(channel.closed).toBe(false);
    channel.close('done');
  });
});
