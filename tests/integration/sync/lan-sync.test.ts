import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createConcord } from '../../../electron/core/app/concord';
import { decodeJoinCode, encodeJoinCode } from '../../../electron/core/domains/sync/join-code';
import { ConsoleProcess, PASSPHRASE } from './console-process';
import { convergeConsoles, stateOf as stateOfConsole, useTestLan } from './test-lan';
import { COMMANDER } from '../../fixtures/temp-store';

/**
 * Real consoles (the web-host CLI, one process each) on a private LAN of network namespaces: join by code,
 * edits everywhere, a pulled cable, a console killed during catch-up, a console with the wrong secret, and a
 * revoked device. Every wait is on an event or a log line, bounded by a timeout.
 */
const CONVERGE_MS = 60_000;
const { lan, makeConsole } = useTestLan('lan');
let incidentId = '';
/** Bravo's join code: used up once Bravo is in, kept to forge from. */
let joinCode = '';
const stateOf = (c: ConsoleProcess) => stateOfConsole(c, incidentId);

/** The fixtures' commander PIN, under this test's name for them. */
const commander = { name: 'Dana Okafor', pin: COMMANDER.pin };

/** Edits need a signed-in operator holding a role (issue 3's guard): the commander signs in on each console. */
async function signInAsCommander(c: ConsoleProcess): Promise<void> {
  const roster = await c.call('roster:get', { incidentId });
  if (!roster.ok && roster.error.code === 'unknown_method') return;
  const people = (roster.ok ? (roster.value as { people: { id: string; name: string }[] }).people : []);
  const person = people.find((p) => p.name === commander.name);
  if (!person) throw new Error(`${c.name} has no ${commander.name} on its roster`);
  await c.value('roster:signIn', { incidentId, personId: person.id, pin: commander.pin });
}

/** A code minted by the commander signed in on `c` (where they opened the incident or signed in since). */
const newJoinCode = async (c: ConsoleProcess): Promise<string> => (await c.value<{ code: string }>('sync:joinCode', { incidentId })).code;

describe('consoles on a LAN', () => {
  let a: ConsoleProcess;
  let b: ConsoleProcess;
  let c: ConsoleProcess;

  it('joins by code (API and CONCORD_JOIN_CODE), edits on every console reach the same state hash', { timeout: 60_000 }, async () => {
    a = makeConsole(1, 'alpha');
    b = makeConsole(2, 'bravo');
    c = makeConsole(3, 'charlie');
    await Promise.all([a.start(), b.start()]);
    const incident = await a.value<{ id: string }>('incident:create', { name: 'Riverside march', kind: 'civil unrest', mode: 'exercise', commander });
    incidentId = incident.id;
    // One code per console: a code admits one console, once.
    joinCode = await newJoinCode(a);
    expect(decodeJoinCode(joinCode)).toMatchObject({ incidentId, host: a.address });
    await b.value('sync:join', { code: joinCode });
    await c.start({ CONCORD_JOIN_CODE: await newJoinCode(a) });
    await convergeConsoles([a, b, c], incidentId, CONVERGE_MS);
    for (const x of [a, b, c]) await signInAsCommander(x);

    await b.value('log:note', { incidentId, text: 'Bravo: cordon set at Elm Street' });
    await c.value('incident:update', { id: incidentId, changes: { securityRiskLevel: 'high' } });
    await a.value('incident:update', { id: incidentId, changes: { areaDescription: 'Riverside to Market Square' } });
    const state = await convergeConsoles([a, b, c], incidentId, CONVERGE_MS);
    const seen = await b.value<{ securityRiskLevel: string; areaDescription: string }>('incident:get', { id: incidentId });
    expect(seen).toMatchObject({ securityRiskLevel: 'high', areaDescription: 'Riverside to Market Square' });
    expect(state.ops).toBeGreaterThan(4);
  });

  it('loses nothing when a cable is pulled and put back', async () => {
    const before = (await stateOf(a))?.ops ?? 0;
    lan().setLink(3, false);
    await a.value('log:note', { incidentId, text: 'Alpha, while Charlie is cut off' });
    await c.value('log:note', { incidentId, text: 'Charlie, alone' });
    await c.value('incident:update', { id: incidentId, changes: { escalationOutlook: 'escalating' } });
    lan().setLink(3, true);
    const state = await convergeConsoles([a, b, c], incidentId, CONVERGE_MS, before + 3);
    expect(state.ops).toBe(before + 3);
  });

  it('a console killed during catch-up resumes from where it was, without loss or duplicate', async () => {
    // Alpha gets 20,000 more ops, written straight into its store while it is down.
    await a.stop();
    const core = createConcord({ dataDir: a.dataDir, log: () => undefined });
    await core.call('store:unlock', { passphrase: PASSPHRASE });
    const roster = await core.call('roster:get', { incidentId });
    const dana = roster.ok ? (roster.value as { people: { id: string; name: string }[] }).people.find((p) => p.name === commander.name) : undefined;
    if (dana) await core.call('roster:signIn', { incidentId, personId: dana.id, pin: commander.pin });
    const ws = core.store.current();
    for (let i = 0; i < 20; i++) {
      ws.ops.commit(
        incidentId,
        ws.author(),
        Array.from({ length: 1000 }, (_, j) => ({ entity: 'logNote', entityId: crypto.randomUUID(), action: 'add' as const, fields: { text: `bulk ${i}-${j}` } })),
      );
    }
    core.close();
    await a.start();
    await signInAsCommander(a);
    const echoCode = await newJoinCode(a);
    const total = (await stateOf(a))?.ops ?? 0;

    const d = makeConsole(5, 'echo');
    await d.start();
    const events = await d.events();
    const midway = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no progress event in the middle of the catch-up')), CONVERGE_MS);
      events.on('message', (data: Buffer) => {
        const m = JSON.parse(data.toString()) as { event: string; payload: { received: number; expected: number } };
        if (m.event === 'sync:progress' && m.payload.received > 0 && m.payload.received < m.payload.expected) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await d.value('sync:join', { code: echoCode });
    await midway;
    await d.kill();
    events.terminate();
    await d.start();
    // One picture of everything Alpha held and the admission of Echo, written by each console that Echo's invitation
    // reached before it heard of another's (beacons lead Bravo and Charlie to Echo too): no op lost, none twice.
    const state = await convergeConsoles([a, d], incidentId, CONVERGE_MS);
    expect(state.ops).toBeGreaterThan(total);
    expect(state.ops).toBeLessThanOrEqual(total + 3);
  }, 120_000);

  it('a console with the wrong secret gets nothing and gives nothing', async () => {
    const forged = encodeJoinCode({ ...decodeJoinCode(joinCode), secret: randomBytes(32) });
    const e = makeConsole(4, 'foxtrot');
    await e.start({ CONCORD_JOIN_CODE: forged });
    await a.waitForLog(/refused a connection from 10\.77\.0\.4/);
    expect((await e.call('incident:get', { id: incidentId })).ok).toBe(false);
    const peers = await a.value<{ peers: { deviceId: string; address: string | null }[] }>('sync:peers', { incidentId });
    expect(peers.peers.some((p) => p.address?.startsWith('10.77.0.4'))).toBe(false);
  });

  it('a revoked device is dropped, the secret rotates for the others, and its later edits take effect nowhere', async () => {
    const bravo = await b.value<{ deviceId: string }>('store:status', {});
    const { epoch } = await a.value<{ epoch: number }>('sync:revokeDevice', { incidentId, deviceId: bravo.deviceId, reason: 'console lost' });
    expect(epoch).toBe(2);
    // Charlie hears of the rotation from Alpha over their authenticated session.
    const rotated = async () => (await c.value<{ incidents: { incidentId: string; epoch: number }[] }>('sync:status', {})).incidents;
    await convergeConsoles([a, c], incidentId, CONVERGE_MS);
    expect((await rotated()).find((i) => i.incidentId === incidentId)?.epoch).toBe(2);
    await b.value('log:note', { incidentId, text: 'Bravo, after its revocation' });
    await a.waitForLog(/refused a connection from 10\.77\.0\.2/);
    // Bravo's op is authentic, so a relay that still held Bravo's session may pass it on; wherever it arrives it is
    // past the revocation's cut: kept, listed as refused, never applied, and Alpha and Charlie agree.
    await convergeConsoles([a, c], incidentId, CONVERGE_MS);
    for (const x of [a, c]) {
      const { entries } = await x.value<{ entries: { deviceId: string; seq: number }[] }>('log:list', { incidentId, text: 'after its revocation' });
      const refused = (await x.value<{ entries: { deviceId: string; seq: number }[] }>('refusal:list', { incidentId })).entries.map((e) => `${e.deviceId}/${e.seq}`);
      for (const e of entries) expect(refused).toContain(`${e.deviceId}/${e.seq}`);
    }
  });
});
