import type { RoleKind } from '../../../../shared/rules/permissions';
import type { Db } from '../../kernel/db/open';
import { tenuresOf } from './read';

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

/**
 * The roles held at an HLC: assignments created before it and not ended before it. The end is the HLC of the op
 * that ended the assignment (kept in the row's per-field clocks), so the answer depends only on ops older than
 * `hlc`, which sync delivers first: every console answers the same.
 */
export const heldAmong = (tenures: readonly Tenure[], hlc: string): HeldRole[] =>
  tenures.filter((t) => t.from < hlc && (t.until === null || t.until > hlc)).map(({ id, name, kind }) => ({ id, name, kind }));

export const rolesHeldAt = (db: Db, incidentId: string, personId: string, hlc: string): HeldRole[] =>
  heldAmong(tenuresOf(db, incidentId, personId), hlc);
