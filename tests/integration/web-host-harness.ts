import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createConcord } from '../../electron/core/app/concord';
import { createWebHost, type WebHost } from '../../electron/host/server';

export const PASSPHRASE = 'correct horse battery staple';

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A web host on a fresh data folder and a stand-in renderer build, as the CLI would start it. */
export async function startTestHost() {
  const data = tempDir('concord-host-data-');
  const renderer = tempDir('concord-host-renderer-');
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><title>Concord</title><script src="/assets/app.js"></script>');
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'assets', 'app.js'), 'console.log("concord");');
  const concord = createConcord({ dataDir: data.dir, log: () => undefined });
  const host: WebHost = await createWebHost({ concord, rendererDir: renderer.dir });
  const base = `http://127.0.0.1:${host.port}`;

  const post = (method: string, body: string, token = host.token) =>
    fetch(`${base}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });

  /** Answers the HTTP status and the parsed envelope, the two things every API test checks. */
  const call = async (method: string, input: unknown) => {
    const response = await post(method, JSON.stringify(input));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const openEvents = (protocols: string[]) => new WebSocket(`ws://127.0.0.1:${host.port}/api/events`, protocols);

  return {
    host,
    base,
    post,
    call,
    openEvents,
    close: async () => {
      await host.close();
      concord.close();
      data.cleanup();
      renderer.cleanup();
    },
  };
}

/** Resolves with the first message of the socket that satisfies `accept`, parsed as JSON. */
export function nextMessage(ws: WebSocket, accept: (message: { event: string; payload: unknown }) => boolean) {
  return new Promise<{ event: string; payload: unknown }>((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { event: string; payload: unknown };
      if (!accept(message)) return;
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
  });
}
