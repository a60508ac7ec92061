import { randomBytes, randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDeviceKeys } from '../../../electron/core/ops/signing';
import { FrameReader, frame } from '../../../electron/core/sync/framing';
import { initiate, respond, type SecureChannel } from '../../../electron/core/sync/noise-session';
import { tagFor, type IncidentSecret } from '../../../electron/core/sync/secrets';

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

/** A man in the middle on loopback that alters or repeats the client's third frame (its first sealed one). */
async function proxy(to: number, mode: 'tamper' | 'replay') {
  const s = createServer((inbound) => {
    const outbound = connect(to, '127.0.0.1');
    const reader = new FrameReader(1 << 20);
    let index = 0;
    inbound.on('data', (data: Buffer) => {
      for (const f of reader.push(data)) {
        const body = Buffer.from(f);
        if (index === 2 && mode === 'tamper') body[body.length - 1] = (body.at(-1) ?? 0) ^ 1;
        outbound.write(frame(body));
        if (index === 2 && mode === 'replay') outbound.write(frame(body));
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
});
