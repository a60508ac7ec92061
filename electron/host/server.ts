import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Concord } from '../core/concord';
import { describeApi } from './api-description';
import { handleApi } from './api-routes';
import { hostAllowed, newToken } from './auth';
import { contentSecurityPolicy } from './csp';
import { createEventsSocket, refuseUpgrade } from './events-socket';
import { serveRenderer } from './static';

export interface WebHostOptions {
  concord: Pick<Concord, 'call' | 'on'>;
  rendererDir: string;
  /** 0 picks any free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  /** The address to open, the token in its fragment so the browser never sends it to any server. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const EVENTS_PATH = '/api/events';

/** Null for a request target no URL parser accepts, which a raw client can send. */
function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;
  } catch {
    return null;
  }
}
const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** Serves the renderer and the contract over HTTP and a WebSocket, on loopback only, behind a per-run token. */
export async function createWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const description = describeApi();
  const csp = contentSecurityPolicy({ loopbackWebSocket: true });
  const events = createEventsSocket(options.concord, token);
  let port = 0;

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('misdirected request');
      return;
    }
    const path = pathOf(req);
    if (path === null) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request target');
    else if (isApiPath(path)) await handleApi(req, res, { concord: options.concord, token, description }, path);
    else await serveRenderer(req, res, path, options.rendererDir, csp);
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      // The core never throws, so this is a host bug; the process must keep serving the other requests.
      console.error('concord web host: request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = pathOf(req);
    if (!hostAllowed(req.headers.host, port)) refuseUpgrade(socket, '421 Misdirected Request');
    else if (path === null) refuseUpgrade(socket, '400 Bad Request');
    else if (path !== EVENTS_PATH) refuseUpgrade(socket, '404 Not Found');
    else events.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
