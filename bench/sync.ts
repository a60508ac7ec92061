import { fork } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { unwrap } from '../tests/fixtures/temp-store';
import type { BenchResult } from './results';
import { type BenchConsole, heldBy, newJoinCode, openIncident, startConsole, syncOf } from './sync-consoles';
import type { BenchMessage, SourceMessage } from './sync-source';

const EDITS = 100;

/** Resolves when `c` holds `ops` ops of the incident, checked on each batch it applies. */
const holds = (c: BenchConsole, incidentId: string, ops: number) =>
  new Promise<void>((resolve) => {
    if (heldBy(c, incidentId) >= ops) return resolve();
    const off = c.concord.on('sync:progress', (p) => {
      if (p.incidentId === incidentId && heldBy(c, incidentId) >= ops) {
        off();
        resolve();
      }
    });
  });

/** Waits for the source's next message of one type. */
async function fromSource<T extends SourceMessage['type']>(child: ReturnType<typeof fork>, type: T): Promise<Extract<SourceMessage, { type: T }>> {
  for (;;) {
    const [message] = (await once(child, 'message')) as [SourceMessage];
    if (message.type === type) return message as Extract<SourceMessage, { type: T }>;
  }
}

/**
 * A fresh console catching up from a peer in another process: two consoles are two machines, so the peer reads
 * and sends while this one applies, as on a real network (over loopback here).
 */
async function benchCatchUp(): Promise<{ seconds: number; bytesPerOp: number; ops: number }> {
  const child = fork(new URL('./sync-source.ts', import.meta.url), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const fresh = await startConsole();
  try {
    const ready = await Promise.race([
      fromSource(child, 'ready'),
      once(child, 'exit').then(([code]) => Promise.reject(new Error(`the catch-up source exited with ${String(code)}`))),
    ]);
    const start = performance.now();
    unwrap(await fresh.concord.call('sync:join', { code: ready.code }));
    await holds(fresh, ready.incidentId, ready.ops);
    const seconds = (performance.now() - start) / 1000;
    child.send({ type: 'report' } satisfies BenchMessage);
    const { bytes } = await fromSource(child, 'wire');
    return { seconds, bytesPerOp: bytes / ready.ops, ops: ready.ops };
  } finally {
    fresh.close();
    if (child.connected) child.disconnect();
    if (child.exitCode === null) await once(child, 'exit');
  }
}

/** An edit on one console until visible on four others, all five meshed on loopback. */
async function benchPropagation(): Promise<{ p50: number; p95: number }> {
  const consoles = await Promise.all(Array.from({ length: 5 }, () => startConsole()));
  try {
    const [origin, ...others] = consoles as [BenchConsole, ...BenchConsole[]];
    const { id, code } = await openIncident(origin);
    for (const [i, c] of others.entries()) unwrap(await c.concord.call('sync:join', { code: i === 0 ? code : await newJoinCode(origin, id) }));
    // Full mesh: every console also dials every other one (through the service: nobody is signed in on them to ask).
    for (const c of others) for (const d of others) if (c !== d) syncOf(c).addPeer(syncOf(d).advertised());
    await Promise.all(others.map((c) => holds(c, id, heldBy(origin, id))));
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const text = `edit ${i}`;
      const seen = others.map(
        (c) =>
          new Promise<void>((resolve) => {
            const off = c.concord.on('data:changed', (p) => {
              if (p.incidentId !== id) return;
              const row = c.concord.store.current().db.prepare('SELECT 1 FROM log_notes WHERE incident_id = ? AND text = ?').get(id, text);
              if (row) {
                off();
                resolve();
              }
            });
          }),
      );
      const start = performance.now();
      unwrap(await origin.concord.call('log:note', { incidentId: id, text }));
      await Promise.all(seen);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return { p50: at(0.5), p95: at(0.95) };
  } finally {
    for (const c of consoles) c.close();
  }
}

export async function benchSync(): Promise<BenchResult> {
  const catchUp = await benchCatchUp();
  const propagation = await benchPropagation();
  const { discoveryMs, discoveryNote } = await import('./sync-discovery').then((m) => m.benchDiscovery());
  return {
    file: 'sync.json',
    metrics: {
      'sync.catchup_100k_s': Number(catchUp.seconds.toFixed(2)),
      'sync.propagation_p95_ms': Number(propagation.p95.toFixed(1)),
      'sync.wire_bytes_per_op': Number(catchUp.bytesPerOp.toFixed(1)),
      'sync.discovery_ms': discoveryMs,
    },
    details: {
      catchup_ops: catchUp.ops,
      catchup_ops_per_s: Math.round(catchUp.ops / catchUp.seconds),
      propagation_p50_ms: Number(propagation.p50.toFixed(1)),
      propagation_edits: EDITS,
      discovery: discoveryNote,
    },
  };
}
