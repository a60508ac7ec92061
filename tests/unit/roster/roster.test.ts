import { afterEach, describe, expect, it } from 'vitest';
import { readRoster } from '../../../electron/core/roster/read';
import { checkIn, assign } from '../../../electron/core/roster/service';
import { currentOperator, signIn, signOut } from '../../../electron/core/roster/operator';
import { writeNote } from '../../../electron/core/log/service';
import { TestClock, tempWorkspace } from '../../fixtures/temp-store';
import { codeOf, openIncident, roleIdOf, staff } from './helpers';

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
const consoleOn = (clock = new TestClock()) => {
  const ws = tempWorkspace(clock);
  open.push(ws);
  return ws;
};

describe('roster, operators and cadence', () => {
  it('makes the opener the first incident commander, signed in, with a PIN stored only as a slow hash', () => {
    const ws = consoleOn();
    const { incidentId, commanderId } = openIncident(ws);
    expect(currentOperator(ws)).toMatchObject({ personId: commanderId, name: 'Alex Rivera', roles: [{ kind: 'commander' }] });
    const stored = ws.db.prepare('SELECT pin_hash FROM people WHERE id = ?').get(commanderId) as { pin_hash: string };
    expect(stored.pin_hash).toMatch(/^scrypt\$/);
    expect(stored.pin_hash).not.toContain('246810');
    const ops = ws.db.prepare("SELECT fields FROM ops WHERE entity = 'person'").all() as { fields: string }[];
    expect(ops.some((o) => o.fields.includes('246810'))).toBe(false);
    expect(readRoster(ws, incidentId).roles.map((r) => r.kind)).toEqual(['commander', 'spokesperson', 'publicSafetyLead', 'communityLiaison', 'operationsStaff', 'observer']);
  });

  it('switches operator by PIN, refuses a wrong PIN, and slows down guessing', () => {
    const clock = new TestClock();
    const ws = consoleOn(clock);
    const { incidentId, commanderId } = openIncident(ws);
    const spokesperson = staff(ws, incidentId, 'spokesperson', 'Dana Reyes', '4321');
    signOut(ws);
    expect(codeOf(() => writeNote(ws, incidentId, 'nobody here'))).toBe('forbidden');
    expect(signIn(ws, { incidentId, personId: spokesperson, pin: '4321' })).toMatchObject({ name: 'Dana Reyes', actions: ['draftStatements', 'publishStatements', 'postUpdates'] });
    for (let i = 0; i < 5; i++) expect(codeOf(() => signIn(ws, { incidentId, personId: commanderId, pin: '000000' }))).toBe('forbidden');
    expect(() => signIn(ws, { incidentId, personId: commanderId, pin: '246810' })).toThrow(/too many wrong PINs/);
    clock.advance(31_000);
    expect(signIn(ws, { incidentId, personId: commanderId, pin: '246810' }).personId).toBe(commanderId);
  });

  it('keeps one spokesperson: a new one takes over from the current one', () => {
    const ws = consoleOn();
    const { incidentId } = openIncident(ws);
    expect(readRoster(ws, incidentId).spokespersons).toEqual([]);
    const first = staff(ws, incidentId, 'spokesperson', 'Dana Reyes');
    const second = staff(ws, incidentId, 'spokesperson', 'Lee Chen');
    const roster = readRoster(ws, incidentId);
    expect(roster.spokespersons).toEqual([second]);
    expect(roster.roles.find((r) => r.kind === 'spokesperson')?.assignments.find((a) => a.personId === first)?.endedAt).not.toBeNull();
  });

  it('flags a staffed role overdue when its cadence passes without an update, and a posted update clears it', () => {
    const clock = new TestClock();
    const ws = consoleOn(clock);
    const { incidentId } = openIncident(ws);
    const spokesperson = staff(ws, incidentId, 'spokesperson', 'Dana Reyes');
    const role = () => readRoster(ws, incidentId).roles.find((r) => r.kind === 'spokesperson');
    expect(role()).toMatchObject({ overdue: false, nextUpdateDue: new Date(clock.ms + 30 * 60_000).toISOString() });
    expect(readRoster(ws, incidentId).roles.find((r) => r.kind === 'communityLiaison')?.nextUpdateDue).toBeNull();
    clock.advance(31 * 60_000);
    expect(role()?.overdue).toBe(true);
    ws.session.operator = { incidentId, personId: spokesperson };
    checkIn(ws, { incidentId, roleId: roleIdOf(ws, incidentId, 'spokesperson'), note: 'Press briefing at 11:00' });
    expect(role()).toMatchObject({ overdue: false, lastCheckIn: { personName: 'Dana Reyes', note: 'Press briefing at 11:00' } });
  });

  it('refuses to change who an assignment is for, or to delete roster records', () => {
    const ws = consoleOn();
    const { incidentId } = openIncident(ws);
    const person = staff(ws, incidentId, 'observer', 'Pat');
    const assignment = (ws.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(person) as { id: string }).id;
    expect(codeOf(() => ws.ops.commit(incidentId, ws.author(), [{ entity: 'assignment', entityId: assignment, action: 'set', fields: { roleId: roleIdOf(ws, incidentId, 'commander') } }]))).toBe('invalid_input');
    expect(codeOf(() => ws.ops.commit(incidentId, ws.author(), [{ entity: 'person', entityId: person, action: 'delete', fields: {} }]))).toBe('invalid_input');
    expect(codeOf(() => assign(ws, { incidentId, personId: person, roleId: person, shiftStart: null, shiftEnd: null }))).toBe('not_found');
  });
});
