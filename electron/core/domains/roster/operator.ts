import { requireIncident } from '../../kernel/query/links';
import type { Operator } from '../../../../shared/domain/roster';
import { actionsOf } from '../../../../shared/rules/permissions';
import { ConcordError } from '../../../../shared/result';
import type { SigningKey } from '../../kernel/ops/signing';
import type { Workspace } from '../../kernel/store/workspace';
import { LATEST_HLC, rolesHeldAt } from './authority';
import { checkPinLength, ownKeyChange } from './keys';
import { keyRowOf, pinFailures, type KeyRow } from './read';
import { newPersonKey, openPersonKey } from './person-key';

/** After this many wrong PINs in a row, a person's sign-in waits; the wait doubles with each further miss. */
const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;

/** The operator signed in on this console, with the roles they hold now and what those let them do. */
export function currentOperator(ws: Workspace): Operator | null {
  const session = ws.session.operator;
  if (!session) return null;
  const row = keyRowOf(ws, session.incidentId, session.personId);
  if (!row) return null;
  const roles = rolesHeldAt(ws.db, session.incidentId, session.personId, LATEST_HLC);
  return {
    incidentId: session.incidentId,
    personId: session.personId,
    name: row.name,
    roles,
    actions: actionsOf(roles.map((r) => r.kind)),
    mustSetPin: row.key_set_by !== session.personId,
  };
}

/**
 * Wrong PINs are counted in the store, per person, so neither locking and unlocking the store nor restarting the
 * console gives a guesser fresh tries. Each attempt is counted before its PIN is checked (and the count cleared if it
 * was right): guesses sent all at once cannot slip past the wait while the slow checks run.
 */
async function openWithPin(ws: Workspace, incidentId: string, row: KeyRow, personId: string, pin: string): Promise<SigningKey> {
  if (!row.public_key || !row.key_wrap) throw new ConcordError('forbidden', `${row.name} has no PIN yet: the incident commander sets one in the chain of command`);
  const now = ws.clock.now();
  const before = pinFailures(ws, incidentId, personId);
  if (before && before.locked_until > now) {
    throw new ConcordError('forbidden', `too many wrong PINs for ${row.name}: try again in ${Math.ceil((before.locked_until - now) / 1000)} s`);
  }
  const count = (before?.count ?? 0) + 1;
  const wait = count >= FREE_TRIES ? FIRST_WAIT_MS * 2 ** Math.min(count - FREE_TRIES, 20) : 0;
  ws.db
    .prepare('INSERT INTO pin_failures (incident_id, person_id, count, locked_until) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = excluded.count, locked_until = excluded.locked_until')
    .run(incidentId, personId, count, now + wait);
  const key = await openPersonKey(personId, { publicKey: row.public_key, keyWrap: row.key_wrap }, pin);
  // The store may have been locked while the PIN was being checked: then there is nothing left to sign in to.
  if (!ws.db.open) throw new ConcordError('locked', 'the store was locked during sign-in');
  if (!key) throw new ConcordError('forbidden', `wrong PIN for ${row.name}`);
  ws.db.prepare('DELETE FROM pin_failures WHERE incident_id = ? AND person_id = ?').run(incidentId, personId);
  return key;
}

function requireKeyRow(ws: Workspace, incidentId: string, personId: string): KeyRow {
  requireIncident(ws, incidentId);
  const row = keyRowOf(ws, incidentId, personId);
  if (!row) throw new ConcordError('not_found', `no person ${personId} in this incident`);
  return row;
}

/**
 * Signs in as a person of the incident's roster: their PIN opens their signing key, which signs everything they
 * do here. Switching operator is signing in as someone else, no passphrase.
 */
export async function signIn(ws: Workspace, input: { incidentId: string; personId: string; pin: string }): Promise<Operator> {
  const row = requireKeyRow(ws, input.incidentId, input.personId);
  const key = await openWithPin(ws, input.incidentId, row, input.personId, input.pin);
  ws.session.operator = { incidentId: input.incidentId, personId: input.personId, key };
  const operator = currentOperator(ws);
  if (!operator) throw new ConcordError('internal', 'signed in but the operator cannot be read back');
  return operator;
}

/** Sets the signed-in person's own PIN: a new signing key, wrapped under it, signed by the key it replaces. */
export async function setOwnPin(ws: Workspace, input: { incidentId: string; currentPin: string; newPin: string }): Promise<Operator> {
  const session = ws.session.operator;
  if (!session || session.incidentId !== input.incidentId) throw new ConcordError('forbidden', 'sign in first: only you set your own PIN');
  const row = requireKeyRow(ws, input.incidentId, session.personId);
  checkPinLength(ws, input.incidentId, session.personId, row.name, input.newPin);
  const current = await openWithPin(ws, input.incidentId, row, session.personId, input.currentPin);
  const { wrapped, key } = await newPersonKey(session.personId, input.newPin);
  ws.ops.commit(input.incidentId, { id: session.personId, key: current }, [ownKeyChange(session.personId, wrapped, input.newPin.length)]);
  ws.session.operator = { ...session, key };
  const operator = currentOperator(ws);
  if (!operator) throw new ConcordError('internal', 'PIN set but the operator cannot be read back');
  return operator;
}

export function signOut(ws: Workspace): null {
  ws.session.operator = null;
  return null;
}
