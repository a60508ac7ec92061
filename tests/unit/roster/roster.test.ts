import { describe, expect, it } from 'vitest';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { addPerson, checkIn, assign } from '../../../electron/core/domains/roster/service';
import { currentOperator, setOwnPin, signIn, signOut } from '../../../electron/core/domains/roster/operator';
import { writeNote } from '../../../electron/core/domains/log/service';
import { ConcordError } from '../../../shared/result';
import { COMMANDER, TestClock } from '../../fixtures/temp-store';
import { workspacesPerTest } from '../../fixtures/workspaces';
import { actAs, codeOf, openIncident, roleIdOf, staff } from './helpers';

/** The typed error code a sign-in (which derives a key from the PIN, so it is async) fails with, or null. */
const codeOfAsync = async (fn: () => Promise<unknown>): Promise<string | null> => {
  try {
    await fn();
    return null;
  } catch (e) {
    return e instanceof ConcordError ? e.code : `not a ConcordError: ${String(e)}`;
  }
};

interface KeyColumns {
  public_key: string | null;
  key_wrap: string | null;
  pin_digits: number | null;
  key_set_by: string | null;
}

const consoleOn = workspacesPerTest();

describe('roster, operators and cadence', () => {
  it('makes the opener the first incident commander, signed in, with a signing key wrapped under a slow hash of their PIN', async () => {
    const ws = consoleOn();
    const { incidentId, commanderId } = await openIncident(ws);
    expect(currentOperator(ws)).toMatchObject({ personId: commanderId, name: 'Alex Rivera', roles: [{ kind: 'commander' }], mustSetPin: false });
    const stored = ws.db.prepare('SELECT public_key, key_wrap, pin_digits, key_set_by FROM people WHERE id = ?').get(commanderId) as KeyColumns;
    expect(stored).toMatchObject({ public_key: ws.session.operator?.key.publicKeyHex, pin_digits: COMMANDER.pin.length, key_set_by: commanderId });
    expect(stored.key_wrap).toMatch(/^scrypt\$/);
    expect(stored.key_wrap).not.toContain(COMMANDER.pin);
    const ops = ws.db.prepare("SELECT fields FROM ops WHERE entity = 'person'").all() as { fields: string }[];
    expect(ops.some((o) => o.fields.includes(COMMANDER.pin))).toBe(false);
    // The opening is signed with that key.
    const signed = ws.db.prepare('SELECT DISTINCT author_key FROM ops WHERE incident_id = ? AND author = ?').pluck().all(incidentId, commanderId);
    expect(signed).toEqual([stored.public_key]);
    expect(readRoster(ws, incidentId).roles.map((r) => r.kind)).toEqual(['commander', 'spokesperson', 'publicSafetyLead', 'communityLiaison', 'operationsStaff', 'observer']);
  });

  it('switches operator by PIN, which opens their signing key; someone given a PIN sets their own before acting', { timeout: 60_000 }, async () => {
    const ws = consoleOn();
    const { incidentId } = await openIncident(ws);
    const given = '43218765';
    const spokesperson = (await addPerson(ws, { incidentId, name: 'Dana Reyes', pin: given })).id;
    assign(ws, { incidentId, personId: spokesperson, roleId: roleIdOf(ws, incidentId, 'spokesperson'), shiftStart: null, shiftEnd: null });
    const keyOf = () => ws.db.prepare('SELECT public_key, key_wrap, pin_digits, key_set_by FROM people WHERE id = ?').get(spokesperson) as KeyColumns;
    const first = keyOf();
    signOut(ws);
    expect(codeOf(() => writeNote(ws, incidentId, 'nobody here'))).toBe('forbidden');
    expect(await signIn(ws, { incidentId, personId: spokesperson, pin: given })).toMatchObject({
      name: 'Dana Reyes',
      actions: ['draftStatements', 'publishStatements', 'postUpdates', 'manageRumours', 'requestResources'],
      mustSetPin: true,
    });
    expect(ws.session.operator?.key.publicKeyHex).toBe(first.public_key);
    // Signed in with a PIN the commander chose: nothing they sign takes effect until they set their own.
    expect(() => writeNote(ws, incidentId, 'on my way')).toThrow(/set their own PIN/);
    expect(await setOwnPin(ws, { incidentId, currentPin: given, newPin: '97531864' })).toMatchObject({ personId: spokesperson, mustSetPin: false });
    const own = keyOf();
    expect(own).toMatchObject({ pin_digits: 8, key_set_by: spokesperson });
    expect(own.public_key).not.toBe(first.public_key);
    expect(ws.session.operator?.key.publicKeyHex).toBe(own.public_key);
    writeNote(ws, incidentId, 'on my way');
    const note = ws.db.prepare("SELECT author, author_key, author_sig FROM ops WHERE entity = 'logNote'").get() as { author: string; author_key: string; author_sig: string | null };
    expect(note).toMatchObject({ author: spokesperson, author_key: own.public_key });
    expect(note.author_sig).toMatch(/^[0-9a-f]{128}$/);
    // The old PIN no longer opens anything.
    expect(await codeOfAsync(() => signIn(ws, { incidentId, personId: spokesperson, pin: given }))).toBe('forbidden');
  });

  it('refuses a wrong PIN and slows down guessing, counting misses per person in the store', { timeout: 60_000 }, async () => {
    const clock = new TestClock();
    const ws = consoleOn(clock);
    const { incidentId, commanderId } = await openIncident(ws);
    const failures = () => ws.db.prepare('SELECT person_id, count FROM pin_failures WHERE incident_id = ?').all(incidentId);
    signOut(ws);
    for (let i = 0; i < 5; i++) expect(await codeOfAsync(() => signIn(ws, { incidentId, personId: commanderId, pin: '000000' }))).toBe('forbidden');
    expect(failures()).toEqual([{ person_id: commanderId, count: 5 }]);
    // Locked out, even with the right PIN: the store counts the misses, not the session, so signing out changes nothing.
    await expect(signIn(ws, { incidentId, personId: commanderId, pin: COMMANDER.pin })).rejects.toThrow(/too many wrong PINs/);
    ws.session.operator = null;
    await expect(signIn(ws, { incidentId, personId: commanderId, pin: COMMANDER.pin })).rejects.toThrow(/too many wrong PINs/);
    expect(ws.session.operator).toBeNull();
    clock.advance(31_000);
    expect((await signIn(ws, { incidentId, personId: commanderId, pin: COMMANDER.pin })).personId).toBe(commanderId);
    expect(failures()).toEqual([]);
  });

  it('keeps one spokesperson: a new one takes over from the current one', async () => {
    const ws = consoleOn();
    const { incidentId } = await openIncident(ws);
    expect(readRoster(ws, incidentId).spokespersons).toEqual([]);
    const first = await staff(ws, incidentId, 'spokesperson', 'Dana Reyes');
    const second = await staff(ws, incidentId, 'spokesperson', 'Lee Chen');
    const roster = readRoster(ws, incidentId);
    expect(roster.spokespersons).toEqual([second]);
    expect(roster.roles.find((r) => r.kind === 'spokesperson')?.assignments.find((a) => a.personId === first)?.endedAt).not.toBeNull();
  });

  it('flags a staffed role overdue when its cadence passes without an update, and a posted update clears it', async () => {
    const clock = new TestClock();
    const ws = consoleOn(clock);
    const { incidentId } = await openIncident(ws);
    const spokesperson = await staff(ws, incidentId, 'spokesperson', 'Dana Reyes');
    const role = () => readRoster(ws, incidentId).roles.find((r) => r.kind === 'spokesperson');
    expect(role()).toMatchObject({ overdue: false, nextUpdateDue: new Date(clock.ms + 30 * 60_000).toISOString() });
    expect(readRoster(ws, incidentId).roles.find((r) => r.kind === 'communityLiaison')?.nextUpdateDue).toBeNull();
    clock.advance(31 * 60_000);
    expect(role()?.overdue).toBe(true);
    actAs(ws, incidentId, spokesperson);
    checkIn(ws, { incidentId, roleId: roleIdOf(ws, incidentId, 'spokesperson'), note: 'Press briefing at 11:00' });
    expect(role()).toMatchObject({ overdue: false, lastCheckIn: { personName: 'Dana Reyes', note: 'Press briefing at 11:00' } });
  });

  it('refuses to change who an assignment is for, or to delete roster records', async () => {
    const ws = consoleOn();
    const { incidentId } = await openIncident(ws);
    const person = await staff(ws, incidentId, 'observer', 'Pat');
    const assignment = (ws.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(person) as { id: string }).id;
    expect(codeOf(() => ws.ops.commit(incidentId, ws.author(), [{ entity: 'assignment', entityId: assignment, action: 'set', fields: { roleId: roleIdOf(ws, incidentId, 'commander') } }]))).toBe('invalid_input');
    expect(codeOf(() => ws.ops.commit(incidentId, ws.author(), [{ entity: 'person', entityId: person, action: 'delete', fields: {} }]))).toBe('invalid_input');
    expect(codeOf(() => assign(ws, { incidentId, personId: person, roleId: person, shiftStart: null, shiftEnd: null }))).toBe('not_found');
  });
});
