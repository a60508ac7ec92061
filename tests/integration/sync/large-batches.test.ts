import { connect, type Socket } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeys } from '../../../electron/core/kernel/ops/signing';
import { MESSAGE_MAX } from '../../../electron/core/domains/sync/transport/framing';
import { decodeJoinCode } from '../../../electron/core/domains/sync/join-code';
import { encodeMessage } from '../../../electron/core/domains/sync/transport/messages';
import { initiate } from '../../../electron/core/domains/sync/transport/noise-session';
import { seededRandom, testSeed } from '../../fixtures/seeded-random';
import { COMMANDER } from '../../fixtures/temp-store';
import { closeConsoles, converge, logged, startConsole, type TestConsole } from './in-process';

/**
 * Batches larger than one Noise message (65,535 bytes) between real in-process consoles on loopback: forty notes
 * of 4,000 random letters deflate to about 115 KB in one batch. A console joining afterwards, and one that was
 * away while they were written, both catch up. Then what a peer may make a console hold: a deflate bomb and a
 * crowd of connections that never finish their handshake. Every wait is on an event, bounded by a timeout.
 */
const NOTES = 40;
const NOTE_LENGTH = 4_000;
const SEED = testSeed();
console.log(`large-batches: seed ${SEED} (rerun with CONCORD_TEST_SEED=${SEED})`);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = seededRandom(SEED);
const randomText = (length: number): string => Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)] ?? 'a').join('');

const connectTo = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

let a: TestConsole;
let incidentId = '';
/** A join code admits one console: each joiner gets its own, minted by the commander signed in on Alpha. */
const newJoinCode = async (): Promise<string> => (await a.call('sync:joinCode', { incidentId })).code;

beforeAll(async () => {
  a = await startConsole();
  incidentId = (await a.call('incident:create', { name: 'Long reports', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
});

afterAll(() => {
  closeConsoles();
});

describe('batches larger than one Noise message', () => {
  it('reach a console that joins after them and one that was away while they were written', { timeout: 30_000 }, async () => {
    let c = await startConsole();
    await c.call('sync:join', { code: await newJoinCode() });
    await converge([a, c], incidentId);
    c.concord.close();

    const bravoCode = await newJoinCode();
    for (let i = 0; i < NOTES; i++) await a.call('log:note', { incidentId, text: randomText(NOTE_LENGTH) });
    const written = await a.call('incident:stateHash', { id: incidentId });

    const b = await startConsole();
    await b.call('sync:join', { code: bravoCode });
    // Everything written, and the one op by which Alpha admitted Bravo.
    const joined = await converge([a, b], incidentId, written.ops + 1);
    expect(joined.ops).toBe(written.ops + 1);

    c = await startConsole(c.dataDir);
    expect(await converge([a, b, c], incidentId, joined.ops)).toEqual(joined);
    // The bug this guards against: sessions dropped over a message too long to seal, then redialled in a loop.
    expect(a.logs.filter((l) => / lost .*(bad message|limit|authentication|exceeds)/.test(l))).toEqual([]);
  });
});

describe('what a peer may make a console hold', () => {
  it('closes a session whose batch inflates past the bound, with the reason, and keeps serving', async () => {
    const code = decodeJoinCode(await newJoinCode());
    const channel = await initiate(await connectTo(code.port), generateDeviceKeys().keys, { incidentId, secret: code.secret, epoch: code.epoch });
    const closed = new Promise<string>((resolve) => channel.onClose(resolve));
    // Admitted first: a device that is not is refused before anything it sends is inflated.
    channel.send(encodeMessage({ type: 'admit', body: { invitationId: code.invitationId, token: code.token.toString('hex') } }));
    channel.send(encodeMessage({ type: 'ops', body: deflateRawSync(Buffer.alloc(MESSAGE_MAX + 1)) }));
    await closed;
    const [line] = await logged(a, /bad message/);
    expect(line).toMatch(/batch inflates past the limit of 67108864 bytes/);
    expect((await a.call('incident:stateHash', { id: incidentId })).ops).toBeGreaterThan(NOTES);
  });

  it('destroys connections over the cap of handshakes in progress at once, logs it once, and accepts again after', async () => {
    const code = decodeJoinCode(await newJoinCode());
    const { port } = code;
    // Silent connections: each holds a handshake slot until it times out or goes away.
    const silent = await Promise.all(Array.from({ length: 16 }, () => connectTo(port)));
    const over = await Promise.all([connectTo(port), connectTo(port)]);
    await Promise.all(over.map((s) => new Promise((resolve) => (s.destroyed ? resolve(null) : s.once('close', resolve)))));
    expect(await logged(a, /handshakes in progress/)).toHaveLength(1);

    const refusedBefore = a.logs.filter((l) => /refused a connection/.test(l)).length;
    for (const s of silent) s.destroy();
    await logged(a, /refused a connection/, refusedBefore + silent.length);
    const channel = await initiate(await connectTo(port), generateDeviceKeys().keys, { incidentId, secret: code.secret, epoch: code.epoch });
    expect(channel.closed).toBe(false);
    channel.close('done');
  });
});
