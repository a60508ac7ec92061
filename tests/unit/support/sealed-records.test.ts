import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from '../../fixtures/workspaces';
import { actAs, codeOf, giveKey, opsOf } from '../../fixtures/temp-store';
import { setSettings } from '../../../electron/core/domains/support/grants';
import { setPin } from '../../../electron/core/domains/roster/service';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { entityDefs } from '../../../electron/core/app/domains';
import { DETAILS, openFamiliesIncident, support } from './fixture';

const consoleOn = workspacesPerTest();
const NAME = DETAILS.names;

/** Every column of every support table, and every op's JSON: where a name must never be in clear. */
const everywhere = (ws: ReturnType<typeof consoleOn>, incidentId: string): string =>
  [
    JSON.stringify(opsOf(ws, incidentId)),
    ...['households', 'support_needs', 'support_contacts', 'promises', 'refused_ops'].map((t) => JSON.stringify(ws.db.prepare(`SELECT * FROM ${t}`).all())),
  ].join('\n');

describe('families and survivors: sealed details', () => {
  it('opens the details for a reader only: not for another roster person, an observer, or a console with nobody signed in', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 3', liaisonId: f.leila, details: DETAILS });

    expect((await support(ws, 'support:get', { id })).household).toMatchObject({ details: DETAILS, sealed: false, label: 'Family 3' });
    actAs(ws, f.incidentId, f.leila);
    expect((await support(ws, 'support:get', { id })).household.details).toEqual(DETAILS);

    for (const outsider of [f.abdi, f.spokesperson, f.observer]) {
      actAs(ws, f.incidentId, outsider);
      const seen = (await support(ws, 'support:get', { id })).household;
      expect(seen).toMatchObject({ details: null, sealed: true, label: 'Family 3', kind: 'injured' });
    }
    ws.session.operator = null;
    const list = await support(ws, 'support:list', { incidentId: f.incidentId });
    expect(list.households[0]).toMatchObject({ details: null, sealed: true });
    expect(JSON.stringify(list)).not.toContain(NAME);
  });

  it('replicates only ciphertext: the peer holds no name in its ops or tables, and reads only once a reader signs in there', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const f = await openFamiliesIncident(a);
    const { id } = await support(a, 'support:create', { incidentId: f.incidentId, kind: 'bereaved family', label: 'Family 1', details: DETAILS });
    await support(a, 'support:contact', { householdId: id, channel: 'phone', note: `Spoke to ${NAME} about the funeral`, promises: [] });
    b.ops.applyRemote(opsOf(a, f.incidentId));

    expect(everywhere(a, f.incidentId)).not.toContain('Haddad');
    expect(everywhere(b, f.incidentId)).not.toContain('Haddad');
    expect((await support(b, 'support:get', { id })).household).toMatchObject({ label: 'Family 1', details: null, sealed: true });
    actAs(b, f.incidentId, f.observer);
    const detail = await support(b, 'support:get', { id });
    expect(detail.household.details).toBeNull();
    expect(detail.contacts[0]).toMatchObject({ channel: 'phone', note: null, sealed: true });

    // The key travels with the person, not the console: the commander signed in on the peer reads there.
    actAs(b, f.incidentId, f.mayor);
    const read = await support(b, 'support:get', { id });
    expect(read.household.details).toEqual(DETAILS);
    expect(read.contacts[0]?.note).toContain(NAME);
  });

  it('reaches a new liaison once a reader grants access, and a reader whose key changed after the next grant', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 2', details: DETAILS });
    // Abdi holds the right to support families but reads nothing: he names Leila, and cannot seal the key to her.
    actAs(ws, f.incidentId, f.abdi);
    const named = await support(ws, 'support:assignLiaison', { id, liaisonId: f.leila });
    expect(named).toMatchObject({ liaisonId: f.leila, details: null });
    expect(named.waiting).toEqual([expect.objectContaining({ personId: f.leila, reason: 'liaison', why: 'not granted' })]);
    await expect(support(ws, 'support:grantAccess', { incidentId: f.incidentId })).rejects.toMatchObject({ code: 'forbidden' });

    actAs(ws, f.incidentId, f.mayor);
    expect(await support(ws, 'support:grantAccess', { incidentId: f.incidentId })).toMatchObject({ granted: 1, rotated: 0, households: 1 });
    actAs(ws, f.incidentId, f.leila);
    expect((await support(ws, 'support:get', { id })).household).toMatchObject({ details: DETAILS, waiting: [] });

    // A PIN reset gives Leila a new key: the old box no longer opens for her until a reader seals the key again.
    actAs(ws, f.incidentId, f.mayor);
    giveKey(ws, f.incidentId, f.leila);
    actAs(ws, f.incidentId, f.leila);
    expect((await support(ws, 'support:get', { id })).household).toMatchObject({ details: null, waiting: [expect.objectContaining({ personId: f.leila, why: 'not granted' })] });
    actAs(ws, f.incidentId, f.mayor);
    expect(await support(ws, 'support:grantAccess', { incidentId: f.incidentId, householdId: id })).toMatchObject({ granted: 1, rotated: 0 });
    actAs(ws, f.incidentId, f.leila);
    expect((await support(ws, 'support:get', { id })).household.details).toEqual(DETAILS);
  });

  it('starts a new key when a reader is removed: the old liaison reads what came before, not what is written after', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 4', liaisonId: f.leila, details: DETAILS });
    actAs(ws, f.incidentId, f.leila);
    await support(ws, 'support:contact', { householdId: id, channel: 'in person', note: 'First visit at the hospital' });

    actAs(ws, f.incidentId, f.mayor);
    const moved = await support(ws, 'support:assignLiaison', { id, liaisonId: f.abdi });
    expect(moved.readers.map((r) => r.personId)).not.toContain(f.leila);
    const later = { ...DETAILS, notes: 'Moved to the rehabilitation ward' };
    await support(ws, 'support:update', { id, changes: { details: later } });
    actAs(ws, f.incidentId, f.abdi);
    await support(ws, 'support:contact', { householdId: id, channel: 'phone', note: 'Second call' });

    const row = ws.db.prepare('SELECT keyring FROM households WHERE id = ?').get(id) as { keyring: string };
    expect((JSON.parse(row.keyring) as { generations: unknown[] }).generations).toHaveLength(2);
    const abdi = await support(ws, 'support:get', { id });
    expect(abdi.household.details).toEqual(later);
    expect(abdi.contacts.map((c) => c.note)).toEqual(['Second call', 'First visit at the hospital']);

    actAs(ws, f.incidentId, f.leila);
    const leila = await support(ws, 'support:get', { id });
    expect(leila.household.details).toBeNull();
    expect(leila.contacts.map((c) => c.note)).toEqual([null, 'First visit at the hospital']);
  });

  it('seals nothing to a reader whose PIN is short enough to guess offline from a copy of the roster', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    await setPin(ws, { incidentId: f.incidentId, personId: f.leila, pin: '4321' });
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 11', liaisonId: f.leila, details: DETAILS });
    const h = (await support(ws, 'support:get', { id })).household;
    expect(h.waiting).toEqual([expect.objectContaining({ personId: f.leila, why: 'PIN too short' })]);
    expect(h.readers.map((r) => r.personId)).not.toContain(f.leila);
  });

  it('lets the commander name a reader role, whose holders read after a grant', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'witness', label: 'Witness 1', details: DETAILS });
    actAs(ws, f.incidentId, f.leila);
    expect(codeOf(() => setSettings(ws, { incidentId: f.incidentId, readerRoleIds: [f.roleOf('observer')] }))).toBe('forbidden');
    actAs(ws, f.incidentId, f.mayor);
    setSettings(ws, { incidentId: f.incidentId, readerRoleIds: [f.roleOf('observer')] });
    await support(ws, 'support:grantAccess', { incidentId: f.incidentId });
    actAs(ws, f.incidentId, f.observer);
    expect((await support(ws, 'support:get', { id })).household.details).toEqual(DETAILS);

    // The commander takes the role back: the observer is flagged as a former reader until a grant rotates the key.
    actAs(ws, f.incidentId, f.mayor);
    setSettings(ws, { incidentId: f.incidentId, readerRoleIds: [] });
    expect((await support(ws, 'support:get', { id })).household.formerReaders).toEqual([{ personId: f.observer, name: 'Olu Observer' }]);
    expect((await support(ws, 'support:summary', { incidentId: f.incidentId })).flags.formerReaders).toBe(1);
    expect(await support(ws, 'support:grantAccess', { incidentId: f.incidentId })).toMatchObject({ rotated: 1 });
    expect((await support(ws, 'support:get', { id })).household.formerReaders).toEqual([]);
    await support(ws, 'support:update', { id, changes: { details: { ...DETAILS, notes: 'After the role was taken back' } } });
    actAs(ws, f.incidentId, f.observer);
    expect((await support(ws, 'support:get', { id })).household.details).toBeNull();
  });

  it('refuses, at the judge, a keyring written by someone who is not a reader', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 5', details: DETAILS });
    const row = ws.db.prepare('SELECT keyring FROM households WHERE id = ?').get(id) as { keyring: string };
    actAs(ws, f.incidentId, f.abdi);
    const steal = () => ws.ops.commit(f.incidentId, ws.author(), [{ entity: 'household', entityId: id, action: 'set', fields: { keyring: JSON.parse(row.keyring) as { generations: [] } } }]);
    expect(codeOf(steal)).toBe('forbidden');
    await expect(support(ws, 'support:update', { id, changes: { details: { ...DETAILS, names: 'Someone else' } } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('families and survivors across consoles', () => {
  it('settles contacts written on two consoles at once to one picture, each note sealed, none refused', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const f = await openFamiliesIncident(a);
    const { id } = await support(a, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 12', liaisonId: f.leila, details: DETAILS });
    b.ops.applyRemote(opsOf(a, f.incidentId));
    actAs(b, f.incidentId, f.leila);
    await support(b, 'support:contact', { householdId: id, channel: 'phone', note: 'Call from the ward' });
    await support(a, 'support:contact', { householdId: id, channel: 'in person', note: 'Visit at home' });
    b.ops.applyRemote(opsOf(a, f.incidentId));
    a.ops.applyRemote(opsOf(b, f.incidentId));

    expect(stateHash(a.db, f.incidentId, entityDefs)).toBe(stateHash(b.db, f.incidentId, entityDefs));
    expect(a.db.prepare('SELECT count(*) AS n FROM refused_ops').get()).toEqual({ n: 0 });
    const notes = (await support(b, 'support:get', { id })).contacts.map((c) => c.note);
    expect(notes.sort()).toEqual(['Call from the ward', 'Visit at home']);
  });
});
