import type { Decision } from '../../../../shared/domain/priority';
import { getIncident } from '../incident';
import { personNames } from '../roster';
import { rowsOf } from '../../kernel/db/rows';
import { decodeRow } from '../../kernel/ops/entities';
import { HybridClock } from '../../kernel/ops/hlc';
import type { ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { str, type DecisionContent } from './chain';
import { decisionEntity } from './entity';

/** The only SQL on decisions: a decision row, with who recorded it, from which console and when. */
interface DecisionRow extends ProjectionRow {
  hlc: string;
  author: string;
  device_id: string;
}

export type StoredDecision = DecisionContent & { hash: string; hlc: string };

/**
 * A row read back as the content its hash covers. Verification reads rows that may have been altered behind the
 * op log's back, so each field is taken as it is found rather than as its entity's schema promises.
 */
function contentOfRow(row: DecisionRow): StoredDecision {
  const f = decodeRow(decisionEntity, row);
  return {
    incidentId: row.incident_id,
    id: row.id,
    deviceId: row.device_id,
    author: row.author,
    what: str(f.what),
    why: str(f.why),
    priorityIds: (f.priorityIds as string[] | null) ?? [],
    priorityTitles: (f.priorityTitles as string[] | null) ?? [],
    noPriorityReason: typeof f.noPriorityReason === 'string' ? f.noPriorityReason : null,
    prevHash: str(f.prevHash),
    publishable: f.publishable === true,
    hash: str(f.hash),
    hlc: row.hlc,
  };
}

/** Every decision of the incident as stored, in the table's own order. */
export const storedDecisions = (ws: Workspace, incidentId: string): StoredDecision[] =>
  rowsOf<DecisionRow>(ws.db, 'SELECT * FROM decisions WHERE incident_id = ?').all(incidentId).map(contentOfRow);

/** Newest first, as a log reads. */
export function listDecisions(ws: Workspace, incidentId: string): Decision[] {
  getIncident(ws, incidentId);
  const names = personNames(ws, incidentId);
  return rowsOf<DecisionRow>(ws.db, 'SELECT * FROM decisions WHERE incident_id = ? ORDER BY hlc DESC, device_id DESC')
    .all(incidentId)
    .map((row) => {
      const { id, what, why, priorityIds, priorityTitles, noPriorityReason, author, deviceId, hash, hlc, publishable } = contentOfRow(row);
      return { id, what, why, priorityIds, priorityTitles, noPriorityReason, decidedAt: HybridClock.toIso(hlc), decidedBy: author, decidedByName: names.get(author) ?? author, deviceId, hash, publishable };
    });
}

/** The hash of this console's latest decision in the incident: the next one chains to it. */
export const lastHash = (ws: Workspace, incidentId: string): string =>
  rowsOf<{ hash: string }>(ws.db, 'SELECT hash FROM decisions WHERE incident_id = ? AND device_id = ? ORDER BY hlc DESC LIMIT 1').get(incidentId, ws.device.deviceId)?.hash ?? '';

/** What the decisions the public may hear of say, oldest first, as a transparency update tells them. */
export const publishableDecisions = (ws: Workspace, incidentId: string): string[] =>
  rowsOf<{ what: string }>(ws.db, 'SELECT what FROM decisions WHERE incident_id = ? AND publishable = 1 ORDER BY hlc, device_id').all(incidentId).map((r) => r.what);
/** For a situation report: the decisions stamped after `hlc` (all when null), oldest first. */
export const decisionsAfter = (ws: Workspace, incidentId: string, hlc: string | null): { id: string; at: string; what: string; priorityTitles: string[] }[] =>
  rowsOf<DecisionRow>(ws.db, 'SELECT * FROM decisions WHERE incident_id = ? AND hlc > ? ORDER BY hlc, device_id, id')
    .all(incidentId, hlc ?? '')
    .map(contentOfRow)
    .map((d) => ({ id: d.id, at: HybridClock.toIso(d.hlc), what: d.what, priorityTitles: d.priorityTitles }));
