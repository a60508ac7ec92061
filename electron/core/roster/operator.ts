import type { Operator } from '../../../shared/domain/roster';
import { actionsOf } from '../../../shared/rules/permissions';
import { ConcordError } from '../../../shared/result';
import { getIncident } from '../incident/service';
import { requireInIncident } from '../query/links';
import type { Workspace } from '../store/workspace';
import { LATEST_HLC, rolesHeldAt } from './authority';
import { verifyPin } from './pin';

/** After this many wrong PINs in a row, a person's sign-in waits; the wait doubles with each further miss. */
const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;

/** The operator signed in on this console, with the roles they hold now and what those let them do. */
export function currentOperator(ws: Workspace): Operator | null {
  const session = ws.session.operator;
  if (!session) return null;
  const row = ws.db.prepare('SELECT name FROM people WHERE id = ? AND incident_id = ? AND deleted = 0').get(session.personId, session.incidentId) as
    | { name: string }
    | undefined;
  if (!row) return null;
  const roles = rolesHeldAt(ws.db, session.incidentId, session.personId, LATEST_HLC);
  return { ...session, name: row.name, roles, actions: actionsOf(roles.map((r) => r.kind)) };
}

/** Signs in as a person of the incident's roster; switching operator is signing in as someone else, no passphrase. */
export function signIn(ws: Workspace, input: { incidentId: string; personId: string; pin: string }): Operator {
  getIncident(ws, input.incidentId);
  const row = requireInIncident(ws, 'people', input.incidentId, input.personId, 'person') as { name: string; pin_hash: string | null };
  if (!row.pin_hash) throw new ConcordError('forbidden', `${row.name} has no PIN yet: the incident commander sets one in the chain of command`);
  const now = ws.clock.now();
  const failures = ws.session.failures.get(input.personId) ?? { count: 0, lockedUntil: 0 };
  if (failures.lockedUntil > now) {
    throw new ConcordError('forbidden', `too many wrong PINs for ${row.name}: try again in ${Math.ceil((failures.lockedUntil - now) / 1000)} s`);
  }
  if (!verifyPin(input.pin, row.pin_hash)) {
    const count = failures.count + 1;
    const wait = count >= FREE_TRIES ? FIRST_WAIT_MS * 2 ** (count - FREE_TRIES) : 0;
    ws.session.failures.set(input.personId, { count, lockedUntil: now + wait });
    throw new ConcordError('forbidden', `wrong PIN for ${row.name}`);
  }
  ws.session.failures.delete(input.personId);
  ws.session.operator = { incidentId: input.incidentId, personId: input.personId };
  const operator = currentOperator(ws);
  if (!operator) throw new ConcordError('internal', 'signed in but the operator cannot be read back');
  return operator;
}

export function signOut(ws: Workspace): null {
  ws.session.operator = null;
  return null;
}
