import type { RoleKind } from '../../../shared/rules/permissions';
import type { Db } from '../db/open';

/** Later than any HLC: "now", for reading who holds what at the present state of the log. */
export const LATEST_HLC = '999999999999999.999999';

export interface HeldRole {
  id: string;
  name: string;
  kind: RoleKind;
}

/**
 * The roles a person held at an HLC: assignments created before it and not ended before it. The end is the
 * HLC of the op that ended the assignment (kept in the row's per-field clocks), so the answer depends only on
 * ops older than `hlc`, which sync delivers first: every console answers the same.
 */
export function rolesHeldAt(db: Db, incidentId: string, personId: string, hlc: string): HeldRole[] {
  return db
    .prepare(
      `SELECT r.id, r.name, r.kind FROM assignments a JOIN roles r ON r.id = a.role_id
       WHERE a.incident_id = ? AND a.person_id = ? AND a.created_hlc < ?
         AND (a.ended_at IS NULL OR json_extract(a.clocks, '$.endedAt[0]') > ?)
       ORDER BY r.name, r.id`,
    )
    .all(incidentId, personId, hlc, hlc) as HeldRole[];
}

export function personName(db: Db, personId: string): string | null {
  const row = db.prepare('SELECT name FROM people WHERE id = ?').get(personId) as { name: string } | undefined;
  return row?.name ?? null;
}
