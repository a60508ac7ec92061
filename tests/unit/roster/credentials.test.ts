import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../../shared/contract';
import { createConcord } from '../../../electron/core/app/concord';
import { COMMANDER, PASSPHRASE, TestClock, tempConcord } from '../../fixtures/temp-store';

type T = Awaited<ReturnType<typeof tempConcord>>;
const open: T[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function incidentWithCommander(clock = new TestClock()) {
  const t = await tempConcord(clock);
  open.push(t);
  const incident = await t.call('incident:create', { name: 'Elm Street', kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER });
  const commander = (await t.call('roster:currentOperator', {}))?.personId ?? '';
  const roleOf = async (kind: string) => (await t.call('roster:get', { incidentId: incident.id })).roles.find((r) => r.kind === kind)?.id ?? '';
  /** Adds a person with a first PIN chosen by the commander, holding the seeded role of `kind`. */
  const add = async (name: string, kind: string, pin: string) => {
    const person = await t.call('roster:addPerson', { incidentId: incident.id, name, pin });
    await t.call('roster:assign', { incidentId: incident.id, personId: person.id, roleId: await roleOf(kind) });
    return person.id;
  };
  const signIn = (personId: string, pin: string) => t.concord.call('roster:signIn', { incidentId: incident.id, personId, pin });
  const attempt = <M extends MethodName>(method: M, input: MethodInput<M>) => t.concord.call(method, input);
  return { t, incidentId: incident.id, commander, add, signIn, attempt };
}

describe('PINs and who may set them', () => {
  it('wrong PINs are counted in the store: neither locking and unlocking nor a restart gives a guesser fresh tries', async () => {
    const clock = new TestClock();
    const { t, incidentId, commander, signIn } = await incidentWithCommander(clock);
    for (let i = 0; i < 5; i++) expect(await signIn(commander, '00000000')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/wrong PIN/) as string } });
    const locked = { ok: false, error: { code: 'forbidden', message: expect.stringMatching(/too many wrong PINs/) as string } };
    // The right PIN does not help while the wait runs: a guesser cannot tell a right guess from a wrong one.
    expect(await signIn(commander, COMMANDER.pin)).toMatchObject(locked);
    await t.call('store:lock', {});
    await t.call('store:unlock', { passphrase: PASSPHRASE });
    expect(await signIn(commander, COMMANDER.pin)).toMatchObject(locked);
    t.concord.close();
    const restarted = createConcord({ dataDir: t.dir, clock, log: () => undefined });
    try {
      await restarted.call('store:unlock', { passphrase: PASSPHRASE });
      expect(await restarted.call('roster:signIn', { incidentId, personId: commander, pin: COMMANDER.pin })).toMatchObject(locked);
      clock.advance(31_000);
      expect(await restarted.call('roster:signIn', { incidentId, personId: commander, pin: COMMANDER.pin })).toMatchObject({ ok: true });
    } finally {
      restarted.close();
    }
  });

  it('guesses sent all at once get no more tries than guesses one after another, the right PIN among them included', async () => {
    const { commander, signIn } = await incidentWithCommander();
    const guesses = Array.from({ length: 12 }, (_, i) => (i === 11 ? COMMANDER.pin : String(10_000_000 + i)));
    const results = await Promise.all(guesses.map((pin) => signIn(commander, pin)));
    const messages = results.map((r) => (r.ok ? 'signed in' : r.error.message));
    expect(messages.filter((m) => /^wrong PIN/.test(m))).toHaveLength(5);
    expect(messages.filter((m) => /too many wrong PINs/.test(m))).toHaveLength(7);
  });

  it('a commander who sets someone’s PIN cannot act as them: they must set their own first, and then the commander’s PIN no longer opens', async () => {
    const { incidentId, commander, add, signIn, attempt } = await incidentWithCommander();
    const staffer = await add('Jo Staff', 'operationsStaff', '1357');
    const asStaffer = await signIn(staffer, '1357');
    expect(asStaffer).toMatchObject({ ok: true, value: { mustSetPin: true } });
    expect(await attempt('log:note', { incidentId, text: 'Written by whoever knows the first PIN' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Jo Staff must set their own PIN/) as string },
    });
    expect(await attempt('roster:setOwnPin', { incidentId, currentPin: '1357', newPin: '8642' })).toMatchObject({ ok: true, value: { mustSetPin: false } });
    expect(await attempt('log:note', { incidentId, text: 'Road closed at Mill Street' })).toMatchObject({ ok: true });
    expect(await signIn(staffer, '1357')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/wrong PIN/) as string } });
    // A reset by the commander is logged as such, and again leaves the staffer's key provisional.
    await signIn(commander, COMMANDER.pin);
    expect(await attempt('roster:setPin', { incidentId, personId: staffer, pin: '2468' })).toMatchObject({ ok: true, value: { mustSetPin: true } });
    const log = await attempt('log:list', { incidentId });
    expect(JSON.stringify(log)).toMatch(/PIN reset/);
    await signIn(staffer, '2468');
    expect(await attempt('log:note', { incidentId, text: 'As them again' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('resetting the PIN of someone who approves takes a second commander; whoever proposed it cannot confirm it', async () => {
    const { t, incidentId, commander, add, signIn, attempt } = await incidentWithCommander();
    const short = await t.call('roster:addPerson', { incidentId, name: 'Short Pin', pin: '1234' });
    const commanderRole = (await t.call('roster:get', { incidentId })).roles.find((r) => r.kind === 'commander')?.id ?? '';
    expect(await attempt('roster:assign', { incidentId, personId: short.id, roleId: commanderRole })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/at least 8/) as string },
    });
    const deputy = await add('Deputy Li', 'commander', '11223344');
    const third = await add('Chief Ade', 'commander', '55667788');
    await signIn(deputy, '11223344');
    await attempt('roster:setOwnPin', { incidentId, currentPin: '11223344', newPin: '99887766' });
    await signIn(commander, COMMANDER.pin);
    const proposed = await attempt('roster:setPin', { incidentId, personId: deputy, pin: '12121212' });
    expect(proposed).toMatchObject({ ok: true, value: { pendingPinReset: { by: commander } } });
    // Only proposed: the deputy's own PIN still opens, the proposed one does not.
    expect(await signIn(deputy, '12121212')).toMatchObject({ ok: false });
    await signIn(commander, COMMANDER.pin);
    expect(await attempt('roster:confirmPinReset', { incidentId, personId: deputy })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signIn(third, '55667788');
    await attempt('roster:setOwnPin', { incidentId, currentPin: '55667788', newPin: '56565656' });
    expect(await attempt('roster:confirmPinReset', { incidentId, personId: deputy })).toMatchObject({ ok: true, value: { mustSetPin: true, pendingPinReset: null } });
    expect(await signIn(deputy, '12121212')).toMatchObject({ ok: true, value: { mustSetPin: true } });
  });
});
