import { randomBytes, randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeys } from '../../../electron/core/kernel/ops/signing';
import { encodeBatch } from '../../../electron/core/domains/sync/transport/batch-codec';
import { decodeJoinCode } from '../../../electron/core/domains/sync/join-code';
import { decodeMessage, encodeMessage, MessageType } from '../../../electron/core/domains/sync/transport/messages';
import { initiate, type SecureChannel } from '../../../electron/core/domains/sync/transport/noise-session';
import type { SyncService } from '../../../electron/core/domains/sync/sync-service';
import type { Result } from '../../../shared/result';
import { COMMANDER, TestClock, actAs, opsOf, rememberSigner, tempWorkspace } from '../../fixtures/temp-store';
import { staff } from '../../unit/roster/helpers';
import { closeConsoles, converge, logged, startConsole, type TestConsole } from './in-process';

/**
 * Devices join and leave by ops, between real in-process consoles on loopback: a join code is an invitation minted by
 * someone who may invite devices, admitting one console, once, for 30 minutes; the incident secret moves only by a
 * valid revocation. Each case is what a peer or a person at a console could try on the console before this.
 */
afterAll(closeConsoles);

const syncOf = (c: TestConsole): SyncService => {
  if (!c.concord.sync) throw new Error('sync is off');
  return c.concord.sync;
};
const deviceOf = (c: TestConsole) => c.concord.store.current().device.deviceId;
const epochOf = async (c: TestConsole, incidentId: string) => (await c.call('sync:status', {})).incidents.find((i) => i.incidentId === incidentId)?.epoch;
/** `code: message` of a refused call, or null when it went through. */
const refusal = async (pending: Promise<Result<unknown>>): Promise<string | null> => {
  const r = await pending;
  return r.ok ? null : `${r.error.code}: ${r.error.message}`;
};
/** Resolves once `test` holds on the console, checked again on each of its data changes; rejects after `ms`. */
const until = (c: TestConsole, test: () => boolean, ms = 10_000): Promise<void> =>
  new Promise((resolve, reject) => {
    const check = () => {
      if (!test()) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => (done(), reject(new Error(`not so within ${ms} ms`))), ms);
    const off = c.concord.on('data:changed', check);
    const done = () => (clearTimeout(timer), off());
    check();
  });
const holds = async (c: TestConsole, incidentId: string) => (await c.concord.call('incident:get', { id: incidentId })).ok;

const connectTo = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

/** A device that never joined: a fresh key, a session opened with the secret it holds, and every message it is sent. */
async function stranger(port: number, incidentId: string, secret: Buffer, epoch: number) {
  const channel: SecureChannel = await initiate(await connectTo(port), generateDeviceKeys().keys, { incidentId, secret, epoch });
  const received: string[] = [];
  channel.onMessage((m) => received.push(decodeMessage(m).type));
  const closed = new Promise<string>((resolve) => channel.onClose(resolve));
  return { channel, received, closed };
}

/** Sends what a peer's console would never send: a message built by hand, so it may carry fields no console sends. */
const sendRaw = (c: TestConsole, incidentId: string, to: string, type: number, body: unknown) => {
  const session = syncOf(c).sessions.get(incidentId, to);
  if (!session) throw new Error('no session to send on');
  session.channel.send(Buffer.concat([Buffer.from([type]), Buffer.from(JSON.stringify(body))]));
};

describe('membership by ops, between consoles', () => {
  let a: TestConsole;
  let b: TestConsole;
  let rogue: TestConsole;
  let incidentId = '';
  let rogueCode = '';

  beforeAll(async () => {
    a = await startConsole();
    incidentId = (await a.call('incident:create', { name: 'Station Square', kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER })).id;
    b = await startConsole();
    await b.call('sync:join', { code: (await a.call('sync:joinCode', { incidentId, label: 'Bravo at the press desk' })).code });
    rogue = await startConsole();
    rogueCode = (await a.call('sync:joinCode', { incidentId, label: 'Tablet in the van' })).code;
    await rogue.call('sync:join', { code: rogueCode });
    await converge([a, b, rogue], incidentId);
  }, 40_000);

  it('lists who was admitted, by which invitation and who invited', async () => {
    const view = await a.call('sync:peers', { incidentId });
    expect(view.admitted.map((x) => [x.deviceId, x.label, x.invitedBy])).toEqual([
      [deviceOf(b), 'Bravo at the press desk', COMMANDER.name],
      [deviceOf(rogue), 'Tablet in the van', COMMANDER.name],
    ]);
    expect(view.invitations).toEqual([]);
  });

  it('ignores a secret and an exclusion a peer sends with no revocation behind them, at the next epoch or at 2^53 - 1', async () => {
    const bravoLink = syncOf(a).sessions.get(incidentId, deviceOf(b));
    expect(bravoLink).toBeDefined();
    sendRaw(rogue, incidentId, deviceOf(a), MessageType.secret, { secret: randomBytes(32).toString('hex'), epoch: 2, exclude: [deviceOf(b)] });
    sendRaw(rogue, incidentId, deviceOf(a), MessageType.secret, { secret: randomBytes(32).toString('hex'), epoch: Number.MAX_SAFE_INTEGER, exclude: [deviceOf(b)] });
    // The session is ordered: once an edit the rogue makes after them has arrived, Alpha has read both messages.
    const commander = (await rogue.call('roster:get', { incidentId })).people.find((p) => p.name === COMMANDER.name);
    await rogue.call('roster:signIn', { incidentId, personId: commander?.id ?? '', pin: COMMANDER.pin });
    await rogue.call('log:note', { incidentId, text: 'after the forged secrets' });
    await converge([a, rogue], incidentId);
    expect(await epochOf(a, incidentId)).toBe(1);
    expect(syncOf(a).sessions.get(incidentId, deviceOf(b))).toBe(bravoLink);
    expect(bravoLink?.channel.closed).toBe(false);
    const code = await a.call('sync:joinCode', { incidentId });
    expect(decodeJoinCode(code.code).epoch).toBe(1);
  });

  it('a revoked device that comes back under a new device key gets nothing, with the old secret or the new one', async () => {
    expect(await a.call('sync:revokeDevice', { incidentId, deviceId: deviceOf(rogue), reason: 'left in the van' })).toEqual({ epoch: 2 });
    await converge([a, b], incidentId);
    expect(await epochOf(b, incidentId)).toBe(2);
    const { port } = decodeJoinCode(rogueCode);
    const fresh = syncOf(a).secrets.get(incidentId);
    if (!fresh) throw new Error('Alpha holds no secret');

    // The old secret no longer opens a session.
    const refusedBefore = a.logs.filter((l) => /refused a connection/.test(l)).length;
    const old = decodeJoinCode(rogueCode);
    await expect(initiate(await connectTo(port), generateDeviceKeys().keys, { incidentId, secret: old.secret, epoch: old.epoch })).rejects.toThrow();
    await logged(a, /refused a connection/, refusedBefore + 1);

    // The new secret (copied off a console, say) opens one, but a device that was never admitted is sent nothing.
    const bare = await stranger(port, incidentId, fresh.secret, fresh.epoch);
    bare.channel.send(encodeMessage({ type: 'hello', body: { v: 1, vv: {}, now: Date.now(), epoch: fresh.epoch } }));
    expect(await bare.closed).toMatch(/closed/);
    expect(bare.received).toEqual(['bye']);

    // Nor one presenting the invitation the revoked console came in by.
    const reused = await stranger(port, incidentId, fresh.secret, fresh.epoch);
    reused.channel.send(encodeMessage({ type: 'admit', body: { invitationId: old.invitationId, token: old.token.toString('hex') } }));
    await reused.closed;
    expect(reused.received).toEqual(['bye']);
    await logged(a, /refused [0-9a-f]{8}: the invitation was already used/);

    // A whole console joining by the old code (old secret, used invitation) holds nothing of the incident.
    const back = await startConsole();
    await back.call('sync:join', { code: rogueCode });
    await logged(a, /refused a connection/, refusedBefore + 2);
    expect(await holds(back, incidentId)).toBe(false);
  }, 30_000);

  it('makes no join code and adds no address for nobody signed in or an operator who may not invite', async () => {
    const ws = a.concord.store.current();
    const openBefore = (await a.call('sync:peers', { incidentId })).invitations.length;
    rememberSigner(ws);
    const commander = ws.session.operator?.personId ?? '';
    const observer = await staff(ws, incidentId, 'observer', 'Olu Bakare');
    actAs(ws, incidentId, observer);
    expect(await refusal(a.concord.call('sync:joinCode', { incidentId }))).toMatch(/^forbidden: Olu Bakare may not invite devices/);
    expect(await refusal(a.concord.call('sync:addPeer', { address: '127.0.0.1:9' }))).toMatch(/^forbidden: Olu Bakare may not invite devices/);
    await a.call('roster:signOut', {});
    expect(await refusal(a.concord.call('sync:joinCode', { incidentId }))).toMatch(/^forbidden: Nobody is signed in/);
    expect(await refusal(a.concord.call('sync:addPeer', { address: '127.0.0.1:9' }))).toMatch(/^forbidden: Nobody is signed in/);
    actAs(ws, incidentId, commander);
    expect((await a.call('sync:peers', { incidentId })).invitations).toHaveLength(openBefore);
  });

  it('admits one console per code: a wrong token and a second console with the same code are refused and hold nothing', async () => {
    const code = (await a.call('sync:joinCode', { incidentId, label: 'Spare laptop' })).code;
    expect((await a.call('sync:peers', { incidentId })).invitations.map((i) => i.label)).toContain('Spare laptop');
    const parts = decodeJoinCode(code);
    const guess = await stranger(parts.port, incidentId, parts.secret, parts.epoch);
    guess.channel.send(encodeMessage({ type: 'admit', body: { invitationId: parts.invitationId, token: randomBytes(16).toString('hex') } }));
    await guess.closed;
    expect(guess.received).toEqual(['bye']);
    await logged(a, /refused [0-9a-f]{8}: the join code does not match its invitation/);
    const first = await startConsole();
    await first.call('sync:join', { code });
    await converge([a, first], incidentId);
    const second = await startConsole();
    await second.call('sync:join', { code });
    await logged(second, /closed the session: the invitation was already used/);
    expect(await holds(second, incidentId)).toBe(false);
    expect((await a.call('sync:peers', { incidentId })).admitted.map((x) => x.deviceId)).not.toContain(deviceOf(second));
  }, 30_000);
  it('judges the ops of a device nobody admitted that a peer pushes like any other, and passes them on: every console shows the same picture', async () => {
    // Bravo pushes what a device key of its own, never admitted, wrote in nobody's name: kept, refused, relayed.
    const outsider = tempWorkspace();
    outsider.ops.judge.rulesOff = true;
    outsider.ops.commit(incidentId, outsider.author(), [{ entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: 'from nowhere' } }]);
    const pushed = opsOf(outsider, incidentId);
    outsider.close();
    syncOf(b).sessions.get(incidentId, deviceOf(a))?.channel.send(encodeMessage({ type: 'ops', body: encodeBatch(pushed) }));
    const outsiderId = pushed[0]?.deviceId ?? '';
    const vvOf = (c: TestConsole) => c.concord.store.current().ops.versionVector(incidentId);
    await until(a, () => vvOf(a)[outsiderId] === pushed.length);
    const late = await startConsole();
    await late.call('sync:join', { code: (await a.call('sync:joinCode', { incidentId })).code });
    await until(late, () => vvOf(late)[outsiderId] === pushed.length, 20_000);
    const { seq } = await a.call('log:note', { incidentId, text: 'after the outsider' });
    await until(late, () => (vvOf(late)[deviceOf(a)] ?? 0) >= seq, 20_000);
    const refused = async (c: TestConsole) => (await c.call('refusal:list', { incidentId })).entries.filter((r) => r.deviceId === outsiderId).length;
    expect(await refused(a)).toBe(1);
    expect(await refused(late)).toBe(1);
    expect(await late.call('incident:stateHash', { id: incidentId })).toEqual(await a.call('incident:stateHash', { id: incidentId }));
  }, 30_000);
});

describe('an invitation', () => {
  it('expires 30 minutes after it was made, by the clock of the console that admits', async () => {
    const clock = new TestClock(Date.now());
    const a = await startConsole(undefined, clock);
    const incidentId = (await a.call('incident:create', { name: 'Harbour Road', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
    const code = (await a.call('sync:joinCode', { incidentId })).code;
    clock.advance(31 * 60_000);
    const late = await startConsole();
    await late.call('sync:join', { code });
    await logged(a, /refused [0-9a-f]{8}: the invitation has expired/);
    await logged(late, /closed the session: the invitation has expired/);
    expect(await holds(late, incidentId)).toBe(false);
  }, 30_000);
});
