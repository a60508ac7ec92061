import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { WebSocket } from 'ws';
import { decodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { ConsoleProcess } from './console-process';
import { converged, type StateHash } from './converge';
import { TestLan } from './netns';

/**
 * A private LAN of network namespaces for one test file, with real console processes on it; everything is torn down
 * after the file. Call once at the top of the file.
 */
export function useTestLan(prefix: string): { lan: () => TestLan; makeConsole: (n: number, name: string) => ConsoleProcess } {
  let lan: TestLan | null = null;
  let root = '';
  const consoles: ConsoleProcess[] = [];
  beforeAll(() => {
    lan = new TestLan();
    root = mkdtempSync(join(tmpdir(), `concord-${prefix}-`));
  });
  afterAll(async () => {
    await Promise.all(consoles.map((c) => c.close()));
    lan?.destroy();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  const current = (): TestLan => {
    if (!lan) throw new Error('the test LAN is made before the first test');
    return lan;
  };
  return {
    lan: current,
    makeConsole: (n, name) => {
      const { ns, address } = current().addHost(n);
      const dataDir = join(root, name);
      mkdirSync(dataDir);
      const c = new ConsoleProcess(name, ns, address, dataDir);
      consoles.push(c);
      return c;
    },
  };
}

export const stateOf = async (c: ConsoleProcess, incidentId: string): Promise<StateHash | null> => {
  const r = await c.call('incident:stateHash', { id: incidentId });
  return r.ok ? (r.value as StateHash) : null;
};

/** Resolves when the consoles answer one state hash (and `ops` ops, if given), re-checked on every event they push. */
export async function convergeConsoles(group: readonly ConsoleProcess[], incidentId: string, ms: number, ops?: number): Promise<StateHash> {
  const sockets: WebSocket[] = await Promise.all(group.map((c) => c.events()));
  try {
    return await converged(
      () => Promise.all(group.map((c) => stateOf(c, incidentId))),
      (recheck) => {
        for (const s of sockets) s.on('message', recheck);
        return () => {
          for (const s of sockets) s.off('message', recheck);
        };
      },
      ms,
      ops,
    );
  } finally {
    for (const s of sockets) s.close();
  }
}

/**
 * Consoles on one machine read one system clock, so an edit made after another has returned is stamped at or after
 * it; this waits out the rest of the millisecond the earlier one was stamped in (there is no event for a clock's
 * tick), so the later edit sorts after it whatever the logical counters say.
 */
export async function pastMillisecondOf(hlc: string): Promise<void> {
  const wait = decodeHlc(hlc).wall - Date.now() + 1;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
