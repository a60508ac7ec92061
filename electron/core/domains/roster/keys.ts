import { approvesOrCommands, LONG_PIN_MIN_DIGITS, needsLongPin, type RoleKind } from '../../../../shared/rules/permissions';
import { ConcordError } from '../../../../shared/result';
import { newId } from '../../kernel/ops/ids';
import type { Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import type { Workspace } from '../../kernel/store/workspace';
import { LATEST_HLC, rolesHeldAt } from './authority';
import { newPersonKey, type WrappedKey } from './person-key';
import { keyRowOf, pendingResetOf } from './read';

const kindsNow = (ws: Workspace, incidentId: string, personId: string): RoleKind[] => rolesHeldAt(ws.db, incidentId, personId, LATEST_HLC).map((r) => r.kind);

const tooShort = (name: string, digits: number): ConcordError =>
  new ConcordError(
    'invalid_input',
    `${name}’s PIN has ${digits} digits: whoever approves, commands or publishes needs at least ${LONG_PIN_MIN_DIGITS}, so it cannot be guessed from a copy of the roster.`,
  );

/** The PIN someone is given or sets must be long enough for the roles they hold now. */
export function checkPinLength(ws: Workspace, incidentId: string, personId: string, name: string, pin: string): void {
  if (pin.length < LONG_PIN_MIN_DIGITS && needsLongPin(kindsNow(ws, incidentId, personId))) throw tooShort(name, pin.length);
}

/** A role that approves, commands or publishes goes only to someone whose PIN is long enough for it. */
export function checkPinForRole(ws: Workspace, incidentId: string, personId: string, kind: RoleKind): void {
  if (!needsLongPin([kind])) return;
  const row = keyRowOf(ws, incidentId, personId);
  // Someone without a PIN yet may hold the role: the PIN they are given then must be long enough for it.
  if (row?.public_key && (row.pin_digits ?? 0) < LONG_PIN_MIN_DIGITS) {
    throw new ConcordError('invalid_input', `${tooShort(row.name, row.pin_digits ?? 0).message} Reset their PIN with ${LONG_PIN_MIN_DIGITS} digits or more first.`);
  }
}

/** A person's key fields as the person record carries them, all four together. */
export type KeyFields = Required<Pick<EntityFields['person'], 'publicKey' | 'keyWrap' | 'pinDigits' | 'keySetBy'>>;

export const keyFields = (wrapped: WrappedKey, digits: number, setBy: string): KeyFields => ({ ...wrapped, pinDigits: digits, keySetBy: setBy });

/** The change that gives a person a key they set themselves. */
export const ownKeyChange = (personId: string, wrapped: WrappedKey, digits: number): Change<'person'> => ({
  entity: 'person',
  entityId: personId,
  action: 'set',
  fields: keyFields(wrapped, digits, personId),
});

/** A new person's first key, wrapped under the PIN whoever adds them chose: provisional until they set their own. */
export async function firstKeyFields(personId: string, pin: string, setBy: string): Promise<KeyFields> {
  const { wrapped } = await newPersonKey(personId, pin);
  return keyFields(wrapped, pin.length, setBy);
}

const operatorId = (ws: Workspace): string => {
  const operator = ws.session.operator;
  if (!operator) throw new ConcordError('forbidden', 'sign in first: resetting a PIN is the job of whoever manages the roster');
  return operator.personId;
};

/**
 * Resets someone's PIN: a new key wrapped under the PIN the commander chose, provisional (they set their own at
 * their next sign-in, and nothing they sign with it takes effect before). For someone who approves or commands the
 * reset is only proposed: a second commander or approver confirms it.
 */
export async function resetPin(ws: Workspace, input: { incidentId: string; personId: string; pin: string }, name: string): Promise<'set' | 'proposed'> {
  const by = operatorId(ws);
  if (by === input.personId) throw new ConcordError('invalid_input', 'set your own PIN from the sign-in menu (it asks for your current PIN)');
  checkPinLength(ws, input.incidentId, input.personId, name, input.pin);
  const { wrapped } = await newPersonKey(input.personId, input.pin);
  if (approvesOrCommands(kindsNow(ws, input.incidentId, input.personId))) {
    const fields = { personId: input.personId, ...wrapped, pinDigits: input.pin.length, confirmedBy: null };
    ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'pinReset', entityId: newId(), action: 'add', fields }]);
    return 'proposed';
  }
  ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'person', entityId: input.personId, action: 'set', fields: keyFields(wrapped, input.pin.length, by) }]);
  return 'set';
}

/** The second commander or approver confirms a proposed reset: the person's key changes in the same commit. */
export function confirmPinReset(ws: Workspace, input: { incidentId: string; personId: string }): void {
  const by = operatorId(ws);
  const reset = pendingResetOf(ws, input.incidentId, input.personId);
  if (!reset) throw new ConcordError('not_found', 'no PIN reset of this person is waiting for confirmation');
  if (reset.created_by === by) throw new ConcordError('forbidden', 'someone other than who proposed the reset confirms it: that is the point of it');
  ws.ops.commit(input.incidentId, ws.author(), [
    { entity: 'pinReset', entityId: reset.id, action: 'set', fields: { confirmedBy: by } },
    {
      entity: 'person',
      entityId: input.personId,
      action: 'set',
      fields: keyFields({ publicKey: reset.public_key, keyWrap: reset.key_wrap }, reset.pin_digits, by),
    },
  ]);
}
