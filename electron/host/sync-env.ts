import type { Concord } from '../core/app/concord';
import type { SyncOptions } from '../core/domains/sync/sync-service';

/**
 * Sync settings of a headless console, from its environment:
 *   CONCORD_SYNC_PORT  sync port (default 0, meaning any free one)
 *   CONCORD_SYNC_HOST  its bind address (default 0.0.0.0; the web console stays on 127.0.0.1 whatever this is)
 *   CONCORD_PEERS      host:port addresses to keep reaching, comma-separated
 *   CONCORD_DISCOVERY  `off` sends and hears no beacons
 *   CONCORD_JOIN_CODE  an incident to join at start (needs the store unlocked: CONCORD_PASSPHRASE)
 */
export function syncOptionsFromEnv(env: NodeJS.ProcessEnv, fail: (message: string) => never): SyncOptions {
  const rawPort = env.CONCORD_SYNC_PORT ?? '';
  const port = rawPort === '' ? 0 : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`CONCORD_SYNC_PORT must be a port number, not ${JSON.stringify(rawPort)}.`);
  const peers = (env.CONCORD_PEERS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const peer of peers) if (!/^[^\s:]+:\d{1,5}$/.test(peer)) fail(`CONCORD_PEERS takes host:port addresses, not ${JSON.stringify(peer)}.`);
  return {
    host: env.CONCORD_SYNC_HOST || '0.0.0.0',
    port,
    peers,
    discovery: env.CONCORD_DISCOVERY !== 'off',
    log: (message) => process.stderr.write(`Concord ${message}\n`),
  };
}

/** Once the store is open: joins CONCORD_JOIN_CODE if set, and tells stderr where sync listens. */
export async function startSync(concord: Pick<Concord, 'call' | 'sync'>, joinCode: string | undefined): Promise<string | null> {
  const sync = concord.sync;
  if (!sync) return null;
  await sync.ready();
  const status = sync.status();
  if (!status.listening) return joinCode ? 'CONCORD_JOIN_CODE needs the store unlocked (set CONCORD_PASSPHRASE).' : null;
  process.stderr.write(`Concord sync: listening on ${status.host}:${status.port}, join codes name ${status.advertised}\n`);
  if (!joinCode) return null;
  const joined = await concord.call('sync:join', { code: joinCode });
  return joined.ok ? null : `CONCORD_JOIN_CODE: ${joined.error.message}`;
}
