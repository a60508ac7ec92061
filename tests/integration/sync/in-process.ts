import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { createConcord, type Concord } from '../../../electron/core/app/concord';
import type { Clock } from '../../../electron/core/kernel/ops/hlc';
import { PASSPHRASE, tempDir, unwrap } from '../../fixtures/temp-store';
import { converged, type StateHash } from './converge';

const CONVERGE_MS = 20_000;

export interface TestConsole {
  concord: Concord;
  dataDir: string;
  logs: string[];
  /** Told of every sync log line, after it is in `logs`. */
  onLog: Set<() => void>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

const cleanups: (() => void)[] = [];
const open: Concord[] = [];

/** Closes every console started since the last call, and removes their folders: for a test file's afterAll. */
export function closeConsoles(): void {
  for (const c of open.splice(0)) c.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/**
 * A console with sync on loopback and no beacons, its store created (or unlocked when `dataDir` holds one), on the
 * system clock unless given one.
 */
export async function startConsole(dataDir?: string, clock?: Clock): Promise<TestConsole> {
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
  const concord = createConcord({ dataDir: dir, clock, log: () => undefined, sync: { host: '127.0.0.1', port: 0, discovery: false, log } });
  open.push(concord);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
    unwrap((await concord.call(method, input)) as Result<MethodOutput<M>>);
  if (dataDir) await call('store:unlock', { passphrase: PASSPHRASE });
  else await call('store:create', { passphrase: PASSPHRASE, useKeystore: false });
  await concord.sync?.ready();
  return { concord, dataDir: dir, logs, onLog, call };
}

/** Resolves when every console answers the same state hash (and `ops` if given), re-checked on every sync event. */
export function converge(group: TestConsole[], incidentId: string, ops?: number): Promise<StateHash> {
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
export function logged(c: TestConsole, pattern: RegExp, count = 1, ms = 10_000): Promise<string[]> {
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

