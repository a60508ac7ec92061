import { randomBytes, randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDeviceKeys } from '../../../electron/core/kernel/ops/signing';
import { FrameReader, MESSAGE_MAX, frame } from '../../../electron/core/domains/sync/transport/framing';
import { initiate, respond, type SecureChannel } from '../../../electron/core/domains/sync/transport/noise-session';
import { tagFor, type IncidentSecret } from '../../../electron/core/domains/sync/secrets';

const incident: IncidentSecret = { incidentId: randomUUID(), secret: randomBytes(32), epoch: 1 };
const server = generateDeviceKeys().keys;
const client = generateDeviceKeys().keys;
const servers: Server[] = [];

afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A responder on loopback; answers its channel, or the handshake's failure. */
async function listen(lookup: (tag: Buffer) => IncidentSecret | undefined) {
  let settle: (r: SecureChannel | Error) => void = () => undefined;
  const result = new Promise<SecureChannel | Error>((resolve) => (settle = resolve));
  const s = createServer((socket) => {
    respond(socket, server, lookup).then(settle, (e: unknown) => settle(e as Error));
  });
  servers.push(s);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return { port: (s.address() as AddressInfo).port, result };
}

const dial = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

type Attack = 'tamper' | 'replay' | 'reorder';

/**
 * A man in the middle on loopback that alters or repeats the client's frame number `at` (0 and 1 are handshake
 * frames, so 2 is the first sealed one), or swaps it with the next.
 */
async function proxy(to: number, mode: Attack, at = 2) {
  const s = createServer((inbound) => {
    const outbound = connect(to, '127.0.0.1');
    const reader = new FrameReader(1 << 20);
    let index = 0;
    let held: Buffer | null = null;
    inbound.on('data', (data: Buffer) => {
      for (const f of reader.push(data)) {
        const body = Buffer.from(f);
        if (index === at && mode === 'tamper') body[body.length - 1] = (body.at(-1) ?? 0) ^ 1;
        if (index === at && mode === 'reorder') held = body;
        else outbound.write(frame(body));
        if (index === at && mode === 'replay') outbound.write(frame(body));
        if (index === at + 1 && held) outbound.write(frame(held));
        index += 1;
      }
    });
    outbound.on('data', (data: Buffer) => inbound.write(data));
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  servers.push(s);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return (s.address() as AddressInfo).port;
}

const closed = (channel: SecureChannel) => new Promise<string>((resolve) => channel.onClose(resolve));

/** Two channels over a real loopback socket pair, `a` the dialling side. */
async function pair(options?: Parameters<typeof initiate>[3]): Promise<[SecureChannel, SecureChannel]> {
  const { port, result } = await listen(() => incident);
  const a = await initiate(await dial(port), client, incident, options);
  const b = await result;
  if (b instanceof Error) throw b;
  return [a, b];
}

/** The first `count` messages a channel receives, in order. */
const messages = (channel: SecureChannel, count: number) =>
  new Promise<Buffer[]>((resolve) => {
    const got: Buffer[] = [];
    channel.onMessage((m) => {
      got.push(m);
      if (got.length === count) resolve(got);
    });
  });

describe('Noise session', () => {
  it('authenticates both devices and carries messages both ways', async () => {
    const { port, result } = await listen((tag) => (tag.equals(tagFor(incident)) ? incident : undefined));
    const a = await initiate(await dial(port), client, incident);
    const b = await result;
    if (b instanceof Error) throw b;
    expect(a.remoteDeviceId).toBe(server.deviceId);
    expect(b.remoteDeviceId).toBe(client.deviceId);
    const got = new Promise<string>((resolve) => b.onMessage((m) => resolve(m.toString())));
    a.send(Buffer.from('hello'));
    expect(await got).toBe('hello');
    a.close('done');
  });

  it('refuses a console that does not hold the secret before anything is exchanged', async () => {
    const wrong: IncidentSecret = { ...incident, secret: randomBytes(32) };
    // The tag already gives the wrong secret away; the second listener ignores it to show the psk alone refuses.
    const byTag = await listen((tag) => (tag.equals(tagFor(incident)) ? incident : undefined));
    await expect(initiate(await dial(byTag.port), client, wrong)).rejects.toThrow();
    expect(await byTag.result).toBeInstanceOf(Error);
    const byPsk = await listen(() => incident);
    await expect(initiate(await dial(byPsk.port), client, wrong)).rejects.toThrow();
    const refused = await byPsk.result;
    expect(refused instanceof Error ? refused.message : 'accepted').toMatch(/verify|decrypt|could not/i);
  });

  for (const mode of ['tamper', 'replay'] as const) {
    it(`closes the connection on a ${mode === 'tamper' ? 'tampered' : 'replayed'} frame`, async () => {
      const { port, result } = await listen(() => incident);
      const a = await initiate(await dial(await proxy(port, mode)), client, incident);
      const b = await result;
      if (b instanceof Error) throw b;
      const received: string[] = [];
      b.onMessage((m) => received.push(m.toString()));
      const reason = closed(b);
      a.send(Buffer.from('first'));
      a.send(Buffer.from('second'));
      expect(await reason).toMatch(/failed authentication/);
      expect(received).toEqual(mode === 'replay' ? ['first'] : []);
      a.close('done');
    });
  }

  it('carries a 1 MiB and a 200 KiB random message both ways intact', async () => {
    const [a, b] = await pair();
    const big = randomBytes(1024 * 1024);
    const small = randomBytes(200 * 1024);
    const atB = messages(b, 2);
    const atA = messages(a, 2);
    a.send(big);
    a.send(small);
    b.send(small);
    b.send(big);
    const [toB, toA] = await Promise.all([atB, atA]);
    expect(toB.map((m) => m.equals(big) || m.equals(small))).toEqual([true, true]);
    expect(toB[0]?.equals(big)).toBe(true);
    expect(toA[0]?.equals(small)).toBe(true);
    expect(toA[1]?.equals(big)).toBe(true);
    a.close('done');
  });

  it('carries messages of every size around a chunk boundary, the empty one included', async () => {
    // A Noise message holds 65,535 bytes: 16 of them the tag, 1 the chunk header.
    const sizes = [0, 1, 65_517, 65_518, 65_519, 131_036, 131_037];
    const [a, b] = await pair();
    const sent = sizes.map((n) => randomBytes(n));
    const got = messages(b, sent.length);
    for (const m of sent) a.send(m);
    expect((await got).map((m) => m.length)).toEqual(sizes);
    expect((await got).every((m, i) => m.equals(sent[i] ?? Buffer.alloc(0)))).toBe(true);
    a.close('done');
  });

  it('refuses to send a message over the cap, and says why', async () => {
    const [a, b] = await pair();
    const reason = closed(a);
    const peerReason = closed(b);
    a.send(Buffer.alloc(MESSAGE_MAX + 1));
    expect(await reason).toMatch(/over the limit/);
    expect(await peerReason).toBe('connection closed');
  });

  it('closes the connection when a peer sends a message over the cap', async () => {
    // A peer allowed more than this console accepts: what a modified or hostile console could send.
    const [a, b] = await pair({ maxMessage: MESSAGE_MAX + 64 * 1024 });
    const received: Buffer[] = [];
    b.onMessage((m) => received.push(m));
    const reason = closed(b);
    a.send(Buffer.from('before'));
    a.send(Buffer.alloc(MESSAGE_MAX + 1));
    expect(await reason).toMatch(/over the limit of 67108864 bytes/);
    expect(received.map((m) => m.toString())).toEqual(['before']);
    a.close('done');
  });

  for (const mode of ['tamper', 'replay', 'reorder'] as const) {
    it(`closes the connection when a chunk of a long message is ${mode === 'tamper' ? 'tampered' : mode === 'replay' ? 'replayed' : 'reordered'}`, async () => {
      const { port, result } = await listen(() => incident);
      // Frames 2 to 5 are the four chunks of a 200 KiB message: the second is attacked.
      const a = await initiate(await dial(await proxy(port, mode, 3)), client, incident);
      const b = await result;
      if (b instanceof Error) throw b;
      const received: Buffer[] = [];
      b.onMessage((m) => received.push(m));
      const reason = closed(b);
      a.send(randomBytes(200 * 1024));
      expect(await reason).toMatch(/failed authentication/);
      expect(received).toEqual([]);
      a.close('done');
    });
  }
});
