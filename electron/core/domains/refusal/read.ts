import { rowsOf } from '../../kernel/db/rows';
import type { Db } from '../../kernel/db/open';

/** Who re-entered a refused edit as their own, and when (its HLC). */
export interface Reentry {
  author: string;
  hlc: string;
}

interface ReentryRow extends Reentry {
  refused_device: string;
  refused_seq: number;
}

export const reentryKey = (deviceId: string, seq: number): string => `${deviceId}/${seq}`;

/** The re-entries of an incident's refused edits, by `device/seq` of the refused op: the first one where two consoles re-entered it at once. */
export function reentriesOf(db: Db, incidentId: string): Map<string, Reentry> {
  const rows = rowsOf<ReentryRow>(db, 'SELECT refused_device, refused_seq, author, hlc FROM refusal_reentries WHERE incident_id = ? ORDER BY hlc DESC').all(incidentId);
  return new Map(rows.map((r) => [reentryKey(r.refused_device, r.refused_seq), { author: r.author, hlc: r.hlc }]));
}
