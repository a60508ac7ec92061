import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Op } from '../../../../../shared/domain/op';
import type { Db } from '../../../kernel/db/open';
import { rowToOp } from '../../../kernel/ops/op-log';
import type { VersionVector } from './messages';

type Row = Parameters<typeof rowToOp>[0];
const PAGE = 2_000;

/**
 * What a peer lacks, in HLC order across devices (each device's ops stay in seq order, since its HLC rises along
 * its chain), so every prefix of the stream is causally closed: a check on apply sees what happened before.
 *
 * A batch is cut only where every device stream in it ends at a signed op, because `applyRemote` refuses an
 * unsigned tail; the cut comes at the first such point once the batch has `target` ops. Every chain head is
 * signed (commit signs its last op, applyRemote keeps the signature of the last op it applies), so a cut always
 * comes by the end of what this console holds; two devices committing huge batches at the same moment make a
 * big batch, never a wrong one.
 */
export class OpStream {
  private readonly s: { hlcOf: Statement; page: Statement; pageAfter: Statement };

  constructor(private readonly db: Db) {
    this.s = {
      hlcOf: db.prepare('SELECT hlc FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
      page: db.prepare('SELECT * FROM ops WHERE incident_id = ? AND hlc >= ? ORDER BY hlc, device_id, seq LIMIT ?'),
      pageAfter: db.prepare(
        'SELECT * FROM ops WHERE incident_id = ? AND (hlc, device_id, seq) > (?, ?, ?) ORDER BY hlc, device_id, seq LIMIT ?',
      ),
    };
  }

  /** The HLC of the oldest op the peer lacks, or null if it lacks none. */
  oldestMissing(incidentId: string, mine: VersionVector, theirs: VersionVector): string | null {
    let oldest: string | null = null;
    for (const [device, seq] of Object.entries(mine)) {
      const have = theirs[device] ?? 0;
      if (seq <= have) continue;
      const row = this.s.hlcOf.get(incidentId, device, have + 1) as { hlc: string } | undefined;
      if (row && (oldest === null || row.hlc < oldest)) oldest = row.hlc;
    }
    return oldest;
  }

  /** The next batch the peer lacks, given what it is known to hold; empty when it lacks nothing. */
  nextBatch(incidentId: string, mine: VersionVector, theirs: VersionVector, target: number): Op[] {
    const start = this.oldestMissing(incidentId, mine, theirs);
    if (start === null) return [];
    const batch: Op[] = [];
    const unsignedTail = new Set<string>();
    let rows = this.s.page.all(incidentId, start, PAGE) as Row[];
    while (rows.length > 0) {
      for (const row of rows) {
        if (row.seq <= (theirs[row.device_id] ?? 0) || row.seq > (mine[row.device_id] ?? 0)) continue;
        batch.push(rowToOp(row));
        if (row.sig) unsignedTail.delete(row.device_id);
        else unsignedTail.add(row.device_id);
        if (batch.length >= target && unsignedTail.size === 0) return batch;
      }
      const last = rows.at(-1) as Row;
      rows = this.s.pageAfter.all(incidentId, last.hlc, last.device_id, last.seq, PAGE) as Row[];
    }
    // Only reachable if a head were unsigned: leave such tails out rather than send what the peer must refuse.
    return unsignedTail.size === 0 ? batch : batch.filter((op) => !unsignedTail.has(op.deviceId) || op.seq <= lastSignedSeq(batch, op.deviceId));
  }
}

function lastSignedSeq(batch: readonly Op[], deviceId: string): number {
  let seq = 0;
  for (const op of batch) if (op.deviceId === deviceId && op.sig) seq = op.seq;
  return seq;
}
