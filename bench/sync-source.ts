import { once } from 'node:events';
import { change, openIncident, startConsole, syncOf } from './sync-consoles';

/** What the catch-up bench and its source tell each other over the fork's IPC channel. */
export type SourceMessage = { type: 'ready'; code: string; incidentId: string; ops: number } | { type: 'wire'; bytes: number };
export type BenchMessage = { type: 'report' };

const OPS = Number(process.env.BENCH_OPS ?? 100_000);

/**
 * The peer of the catch-up bench, in a process of its own as it would be on a machine of its own: it writes the
 * ops, settles, hands over a join code, serves the catch-up, and reports the bytes it put on the wire.
 */
async function main(): Promise<void> {
  const source = await startConsole();
  try {
    const { id, code } = await openIncident(source);
    const ws = source.concord.store.current();
    for (let done = 0; done < OPS; done += 1000) {
      ws.ops.commit(id, ws.author(), Array.from({ length: Math.min(1000, OPS - done) }, (_, i) => change(id, done + i)));
    }
    // A console that wrote 100k ops checkpoints its WAL once idle (db/checkpoint.ts); a peer catching up meets a
    // settled console, so the source settles before the bench's clock starts rather than in the middle of it.
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const send = (message: SourceMessage) => process.send?.(message);
    send({ type: 'ready', code, incidentId: id, ops: ws.ops.opCount(id) });
    const [request] = (await once(process, 'message')) as [BenchMessage];
    if (request.type === 'report') send({ type: 'wire', bytes: syncOf(source).sessions.of(id).reduce((n, s) => n + s.replicator.wireBytes, 0) });
    await once(process, 'disconnect');
  } finally {
    source.close();
  }
}

await main();
