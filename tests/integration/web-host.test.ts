import { once } from 'node:events';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { eventNames, methodNames } from '../../shared/contract';
import { nextMessage, PASSPHRASE, startTestHost } from './web-host-harness';

type Host = Awaited<ReturnType<typeof startTestHost>>;
let t: Host;

beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.close();
});

const incident = { name: 'Harbour district attack', kind: 'extremist attack', mode: 'exercise', commander: { name: 'Alex Rivera', pin: '24681357' } };

describe('web host API', () => {
  it('lists every method of the contract with JSON Schemas, and every event', async () => {
    const response = await fetch(`${t.base}/api`, { headers: { Authorization: `Bearer ${t.host.token}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      methods: { name: string; summary: string; input: Record<string, unknown>; output: Record<string, unknown> }[];
      events: { name: string; payload: Record<string, unknown> }[];
    };
    expect(body.methods.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    for (const m of body.methods) {
      expect(m.summary.length).toBeGreaterThan(0);
      expect(m.input.$schema).toContain('json-schema.org');
      expect(m.output.$schema).toContain('json-schema.org');
    }
    expect(body.events.map((e) => e.name).sort()).toEqual([...eventNames].sort());
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const none = await fetch(`${t.base}/api`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await t.post('store:status', '{}', 'f'.repeat(64));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers malformed JSON with 400 invalid_input', async () => {
    const response = await t.post('store:status', '{"oops"');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers an unknown method with 404 and other verbs with 405', async () => {
    expect(await t.call('store:explode', {})).toMatchObject({ status: 404, body: { ok: false, error: { code: 'unknown_method' } } });
    const put = await fetch(`${t.base}/api/store:status`, { method: 'PUT', headers: { Authorization: `Bearer ${t.host.token}` } });
    expect(put.status).toBe(405);
    expect(await put.json()).toMatchObject({ ok: false });
  });

  it('refuses a body over 1 MiB with 413 and keeps serving', async () => {
    const response = await t.post('store:status', JSON.stringify({ padding: 'x'.repeat(1.5 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect((await t.call('store:status', {})).status).toBe(200);
  });

  it('stops reading a chunked body at 1 MiB, without a declared length to go by', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: t.host.port,
        method: 'POST',
        path: '/api/store:status',
        headers: { Authorization: `Bearer ${t.host.token}`, 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      // The server may close while the rest is still being written; only the answer matters.
      req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
      for (let i = 0; i < 24; i++) req.write(Buffer.alloc(64 * 1024, 0x20));
      req.end();
    });
    expect(status).toBe(413);
    expect((await t.call('store:status', {})).status).toBe(200);
  });

  it('answers invalid input with a typed 400', async () => {
    expect(await t.call('store:create', { passphrase: 'short' })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid_input' } } });
    expect(await t.call('store:status', 'not an object')).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
  });

  it('creates the store, an incident, and lists it, pushing data:changed over the WebSocket', async () => {
    expect(await t.call('incident:list', {})).toMatchObject({ status: 409, body: { error: { code: 'not_initialized' } } });
    expect(await t.call('store:create', { passphrase: PASSPHRASE })).toMatchObject({ status: 200, body: { ok: true } });

    const ws = t.openEvents(['concord.v1', `bearer.${t.host.token}`]);
    await once(ws, 'open');
    expect(ws.protocol).toBe('concord.v1');
    const changed = nextMessage(ws, (m) => m.event === 'data:changed');

    const created = await t.call('incident:create', incident);
    expect(created).toMatchObject({ status: 200, body: { ok: true, value: { name: incident.name, mode: 'exercise' } } });
    const id = (created.body.value as { id: string }).id;
    expect((await changed).payload).toMatchObject({ incidentId: id });

    const listed = await t.call('incident:list', {});
    expect(listed).toMatchObject({ status: 200, body: { ok: true, value: [{ id, name: incident.name }] } });
    ws.close();
  });
});

describe('web host events socket', () => {
  const refusedStatus = async (protocols: string[]) => {
    const ws = t.openEvents(protocols);
    const [request, response] = (await once(ws, 'unexpected-response')) as [ClientRequest, IncomingMessage];
    // With an unexpected-response listener, ws leaves ending the refused handshake to the listener.
    request.destroy();
    return response.statusCode;
  };

  it('refuses a connection without the bearer subprotocol or with a wrong token', async () => {
    expect(await refusedStatus(['concord.v1'])).toBe(401);
    expect(await refusedStatus(['concord.v1', `bearer.${'0'.repeat(64)}`])).toBe(401);
  });

  it('refuses the API and the events socket to a page of another origin, even with the token', async () => {
    const from = (origin: string) =>
      fetch(`${t.base}/api/store:status`, { method: 'POST', headers: { Authorization: `Bearer ${t.host.token}`, Origin: origin }, body: '{}' });
    expect((await from('http://evil.example')).status).toBe(403);
    expect((await from(`http://127.0.0.1:${t.host.port + 1}`)).status).toBe(403);
    expect((await from(t.base)).status).toBe(200);
    const ws = new WebSocket(`ws://127.0.0.1:${t.host.port}/api/events`, ['concord.v1', `bearer.${t.host.token}`], { origin: 'http://evil.example' });
    const [request, response] = (await once(ws, 'unexpected-response')) as [ClientRequest, IncomingMessage];
    request.destroy();
    expect(response.statusCode).toBe(403);
  });
});

describe('web host surface', () => {
  it('serves the renderer without the token, with a strict CSP and nosniff', async () => {
    const page = await fetch(`${t.base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${t.base}/assets/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves files outside the renderer build', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%5c..%5cpackage.json']) {
      const response = await fetch(`${t.base}${path}`);
      expect([400, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port: t.host.port, path: '/', headers: { host: `evil.example:${t.host.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('answers a request target no URL parser accepts with 400, as a plain request or an upgrade', async () => {
    for (const extra of ['', 'Connection: Upgrade\r\nUpgrade: websocket\r\n']) {
      const socket = connect({ host: '127.0.0.1', port: t.host.port });
      socket.end(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\n${extra}\r\n`);
      let reply = '';
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
      await once(socket, 'close');
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect((await t.call('store:status', {})).status).toBe(200);
  });

  it('binds 127.0.0.1 only', async () => {
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a?.address ?? '');
    for (const address of ['::1', ...otherAddresses]) {
      const socket = connect({ host: address, port: t.host.port });
      const outcome = await new Promise((resolve) => {
        socket.once('connect', () => resolve('connected')).once('error', () => resolve('refused'));
      });
      socket.destroy();
      expect(outcome, address).toBe('refused');
    }
  });
});
