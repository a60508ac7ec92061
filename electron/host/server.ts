import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Concord } from '../core/app/concord';
import { describeApi } from './api-description';
import { handleApi } from './api-routes';
import { hostAllowed, newToken, originAllowed } from './auth';
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
const HEADERS_TIMEOUT_MS = 10_000;
/** A scenario load or a big list answers well within this; a body trickled slower than it is not a client of ours. */
const REQUEST_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 30_000;
/** One browser opens a handful; a hundred is no console's. */
const MAX_CONNECTIONS = 100;

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
    else if (isApiPath(path) && !originAllowed(req.headers.origin, port)) res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('foreign origin');
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
  // A client that opens connections and sends nothing, or a request a byte at a time, is cut off instead of held.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = IDLE_TIMEOUT_MS;
  server.timeout = IDLE_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = pathOf(req);
    if (!hostAllowed(req.headers.host, port)) refuseUpgrade(socket, '421 Misdirected Request');
    else if (!originAllowed(req.headers.origin, port)) refuseUpgrade(socket, '403 Forbidden');
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
