import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeJoinCode, encodeJoinCode } from '../electron/core/domains/sync/join-code';
import { ConsoleProcess } from '../tests/integration/sync/console-process';
import { TestLan } from '../tests/integration/sync/netns';

/**
 * Start to first peer found, by beacons alone: two real consoles in network namespaces on a private bridge
 * (beacons are broadcast and multicast, so they must never leave a test LAN). The second console holds the
 * incident's secret through a join code whose address is wrong, so only a beacon can lead it to the first.
 * Measured from its sync port listening to its first authenticated session.
 */
export async function benchDiscovery(): Promise<{ discoveryMs: number; discoveryNote: string }> {
  if (process.getuid?.() !== 0) return { discoveryMs: -1, discoveryNote: 'not measured: needs root for network namespaces' };
  const lan = new TestLan();
  const root = mkdtempSync(join(tmpdir(), 'concord-bench-lan-'));
  const consoles: ConsoleProcess[] = [];
  try {
    for (const [n, name] of [[1, 'alpha'], [2, 'bravo']] as const) {
      const { ns, address } = lan.addHost(n);
      mkdirSync(join(root, name));
      consoles.push(new ConsoleProcess(name, ns, address, join(root, name)));
    }
    const [a, b] = consoles as [ConsoleProcess, ConsoleProcess];
    await a.start();
    const { id } = await a.value<{ id: string }>('incident:create', {
      name: 'Discovery bench',
      kind: 'other',
      mode: 'exercise',
      commander: { name: 'Bench Commander', pin: '48261573' },
    });
    const { code } = await a.value<{ code: string }>('sync:joinCode', { incidentId: id });
    const nowhere = encodeJoinCode({ ...decodeJoinCode(code), port: 9 });
    const started = b.start({ CONCORD_JOIN_CODE: nowhere });
    await b.waitForLog(/sync: listening/, 30_000);
    const t0 = performance.now();
    await b.waitForLog(/connected to [0-9a-f]{8} at 10\.77\.0\.1/, 10_000);
    const ms = performance.now() - t0;
    await started;
    return { discoveryMs: Math.round(ms), discoveryNote: 'two consoles in network namespaces, beacons only' };
  } finally {
    await Promise.all(consoles.map((c) => c.close()));
    lan.destroy();
    rmSync(root, { recursive: true, force: true });
  }
}
