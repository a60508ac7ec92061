import type { Op } from '../../../../../shared/domain/op';
import type { Db } from '../../../kernel/db/open';
import { rowToOp } from '../../../kernel/ops/op-log';
import { opHistory, type OpHistory } from '../../../kernel/query/op-history';
import type { VersionVector } from './messages';

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
  private readonly history: OpHistory;

  constructor(db: Db) {
    this.history = opHistory(db);
  }

  /** The HLC of the oldest op the peer lacks, or null if it lacks none. */
  oldestMissing(incidentId: string, mine: VersionVector, theirs: VersionVector): string | null {
    let oldest: string | null = null;
    for (const [device, seq] of Object.entries(mine)) {
      const have = theirs[device] ?? 0;
      if (seq <= have) continue;
      const hlc = this.history.hlcAt(incidentId, device, have + 1);
      if (hlc !== undefined && (oldest === null || hlc < oldest)) oldest = hlc;
    }
    return oldest;
  }

  /** The next batch the peer lacks, given what it is known to hold; empty when it lacks nothing. */
  nextBatch(incidentId: string, mine: VersionVector, theirs: VersionVector, target: number): Op[] {
    const start = this.oldestMissing(incidentId, mine, theirs);
    if (start === null) return [];
    const batch: Op[] = [];
    const unsignedTail = new Set<string>();
    let rows = this.history.page(incidentId, start, PAGE);
    while (rows.length > 0) {
      for (const row of rows) {
        if (row.seq <= (theirs[row.device_id] ?? 0) || row.seq > (mine[row.device_id] ?? 0)) continue;
        batch.push(rowToOp(row));
        if (row.sig) unsignedTail.delete(row.device_id);
        else unsignedTail.add(row.device_id);
        if (batch.length >= target && unsignedTail.size === 0) return batch;
      }
      const last = rows.at(-1);
      rows = last ? this.history.pageAfter(incidentId, last, PAGE) : [];
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
