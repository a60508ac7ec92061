import type { RoleKind } from '../../../../shared/rules/permissions';
import type { Db } from '../../kernel/db/open';

/** Later than any HLC: "now", for reading who holds what at the present state of the log. */
export const LATEST_HLC = '999999999999999.999999';

export interface HeldRole {
  id: string;
  name: string;
  kind: RoleKind;
}

/** A person's assignments with the HLCs that bound them: enough to say what they held at any HLC. */
export interface Tenure extends HeldRole {
  from: string;
  /** The HLC of the op that ended the assignment, or null while it runs. */
  until: string | null;
}

export function tenuresOf(db: Db, incidentId: string, personId: string): Tenure[] {
  return db
    .prepare(
      `SELECT r.id, r.name, r.kind, a.created_hlc AS "from",
              CASE WHEN a.ended_at IS NULL THEN NULL ELSE json_extract(a.clocks, '$.endedAt[0]') END AS until
       FROM assignments a JOIN roles r ON r.id = a.role_id
       WHERE a.incident_id = ? AND a.person_id = ?
       ORDER BY r.name, r.id`,
    )
    .all(incidentId, personId) as Tenure[];
}

/**
 * The roles held at an HLC: assignments created before it and not ended before it. The end is the HLC of the op
 * that ended the assignment (kept in the row's per-field clocks), so the answer depends only on ops older than
 * `hlc`, which sync delivers first: every console answers the same.
 */
export const heldAmong = (tenures: readonly Tenure[], hlc: string): HeldRole[] =>
  tenures.filter((t) => t.from < hlc && (t.until === null || t.until > hlc)).map(({ id, name, kind }) => ({ id, name, kind }));

export const rolesHeldAt = (db: Db, incidentId: string, personId: string, hlc: string): HeldRole[] =>
  heldAmong(tenuresOf(db, incidentId, personId), hlc);

export function personName(db: Db, personId: string): string | null {
  const row = db.prepare('SELECT name FROM people WHERE id = ?').get(personId) as { name: string } | undefined;
  return row?.name ?? null;
}
