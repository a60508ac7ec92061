import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createConcord, type Concord } from '../electron/core/concord';
import type { Change } from '../electron/core/ops/op-log';
import { tempDir, unwrap } from '../tests/fixtures/temp-store';
import type { BenchResult } from './results';

const OPS = Number(process.env.BENCH_OPS ?? 100_000);
const EDITS = 100;
const PASSPHRASE = 'bench passphrase, long enough';
const risk = ['none', 'low', 'elevated', 'high', 'critical'] as const;

interface BenchConsole {
  concord: Concord;
  close(): void;
}

/** A console with sync on loopback only (no beacons): the bench never sends a packet off this machine. */
async function startConsole(): Promise<BenchConsole> {
  const { dir, cleanup } = tempDir();
  const concord = createConcord({ dataDir: dir, log: () => undefined, sync: { host: '127.0.0.1', port: 0, discovery: false } });
  unwrap(await concord.call('store:create', { passphrase: PASSPHRASE }));
  await concord.sync?.ready();
  return { concord, close: () => (concord.close(), cleanup()) };
}

const syncOf = (c: BenchConsole) => {
  const sync = c.concord.sync;
  if (!sync) throw new Error('sync is off');
  return sync;
};

async function openIncident(c: BenchConsole): Promise<{ id: string; code: string }> {
  const input = { name: 'Bench incident', kind: 'other', mode: 'exercise', commander: { name: 'Bench Commander', pin: '482615' } };
  const { id } = unwrap(await c.concord.call('incident:create', input)) as { id: string };
  const { code } = unwrap(await c.concord.call('sync:joinCode', { incidentId: id }));
  // Edits need a signed-in operator holding a role: the commander signs in (where rosters exist).
  const roster = await c.concord.call('roster:get', { incidentId: id });
  const person = roster.ok ? (roster.value as { people: { id: string }[] }).people[0] : undefined;
  if (person) unwrap(await c.concord.call('operator:signIn', { incidentId: id, personId: person.id, pin: input.commander.pin }));
  return { id, code };
}

/** The store bench's mix: half log notes (append-only), half situation edits (two fields, per-field LWW). */
const change = (incidentId: string, n: number): Change =>
  n % 2 === 0
    ? { entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: `Check-in ${n} from the cordon at Elm Street` } }
    : { entity: 'incident', entityId: incidentId, action: 'set', fields: { securityRiskLevel: risk[n % risk.length] ?? 'low', securityRiskNote: `note ${n}` } };

/** Resolves when `c` holds `ops` ops of the incident, checked on each batch it applies. */
const holds = (c: BenchConsole, incidentId: string, ops: number) =>
  new Promise<void>((resolve) => {
    const ws = c.concord.store.current();
    if (ws.ops.opCount(incidentId) >= ops) return resolve();
    const off = c.concord.on('sync:progress', (p) => {
      if (p.incidentId === incidentId && ws.ops.opCount(incidentId) >= ops) {
        off();
        resolve();
      }
    });
  });

async function benchCatchUp(): Promise<{ seconds: number; bytesPerOp: number; ops: number }> {
  const source = await startConsole();
  const fresh = await startConsole();
  try {
    const { id, code } = await openIncident(source);
    const ws = source.concord.store.current();
    for (let done = 0; done < OPS; done += 1000) {
      ws.ops.commit(id, ws.author(), Array.from({ length: Math.min(1000, OPS - done) }, (_, i) => change(id, done + i)));
    }
    const total = ws.ops.opCount(id);
    const start = performance.now();
    unwrap(await fresh.concord.call('sync:join', { code }));
    await holds(fresh, id, total);
    const seconds = (performance.now() - start) / 1000;
    const sent = syncOf(source).sessions.of(id).reduce((n, s) => n + s.replicator.wireBytes, 0);
    return { seconds, bytesPerOp: sent / total, ops: total };
  } finally {
    fresh.close();
    source.close();
  }
}

/** An edit on one console until visible on four others, all five meshed on loopback. */
async function benchPropagation(): Promise<{ p50: number; p95: number }> {
  const consoles = await Promise.all(Array.from({ length: 5 }, () => startConsole()));
  try {
    const [origin, ...others] = consoles as [BenchConsole, ...BenchConsole[]];
    const { id, code } = await openIncident(origin);
    for (const c of others) unwrap(await c.concord.call('sync:join', { code }));
    // Full mesh: every console also dials every other one.
    for (const c of others) for (const d of others) if (c !== d) unwrap(await c.concord.call('sync:addPeer', { address: syncOf(d).advertised() }));
    await Promise.all(others.map((c) => holds(c, id, origin.concord.store.current().ops.opCount(id))));
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
