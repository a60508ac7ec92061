import { consoleAuthor } from '../../kernel/ops/verdict';
import type { Peer, PeersView } from '../../../../shared/domain/sync';
import { personNames } from '../roster';
import { decodeHlc, HybridClock } from '../../kernel/ops/hlc';
import { opHistory } from '../../kernel/query/op-history';
import { membershipView } from './membership-view';
import { revokedDevices } from './read';
import { opsAhead } from './transport/messages';
import type { SyncService } from './sync-service';

/** Past this a peer's clock is shown as drifting; past five minutes (MAX_DRIFT_MS) its ops are refused. */
const DRIFT_WARNING_MS = 60_000;

/**
 * Every device of an incident as the peers view shows it: the devices that wrote ops in it (from the op log),
 * plus any heard from by beacon or connection, with live figures for the connected ones.
 */
export function peersView(sync: SyncService, incidentId: string): PeersView {
  const ws = sync.workspace;
  const self = ws.device.deviceId;
  const now = ws.clock.now();
  const devices = new Map<string, string>();
  const history = opHistory(ws.db);
  for (const row of history.devices(incidentId)) devices.set(row.id, row.author);
  for (const key of sync.lastSeen.keys()) if (key.startsWith(`${incidentId}/`)) devices.set(key.slice(incidentId.length + 1), devices.get(key) ?? '');
  for (const s of sync.sessions.of(incidentId)) if (!devices.has(s.deviceId)) devices.set(s.deviceId, '');
  devices.set(self, devices.get(self) ?? ws.authorId());
  // Authors are roster person ids (or `console:…` where nobody was signed in): show the person's name.
  const people = personNames(ws, incidentId);
  for (const [deviceId, author] of devices) devices.set(deviceId, people.get(author) ?? author);
  const revoked = new Set(revokedDevices(ws.db, incidentId));
  const mine = ws.ops.versionVector(incidentId);
  const refusedBy = new Map(history.refusedByDevice(incidentId).map((r) => [r.deviceId, { refusedEdits: r.count, lastRefusedAt: HybridClock.toIso(r.lastHlc) }]));

  const peers: Peer[] = [...devices].map(([deviceId, name]) => {
    const session = sync.sessions.get(incidentId, deviceId);
    const seen = sync.lastSeen.get(`${incidentId}/${deviceId}`);
    const base = {
      deviceId,
      name: name || consoleAuthor(deviceId),
      self: deviceId === self,
      revoked: revoked.has(deviceId),
      ...(refusedBy.get(deviceId) ?? { refusedEdits: 0, lastRefusedAt: null }),
      disagrees: session?.replicator.disagrees ?? null,
    };
    if (!session) {
      return { ...base, address: seen?.address ?? null, connected: false, lagOps: 0, lagMs: null, behindOps: 0, lastSeen: seen ? new Date(seen.at).toISOString() : null, clockOffsetMs: null, refused: null };
    }
    const r = session.replicator;
    const oldest = sync.stream.oldestMissing(incidentId, mine, r.peerVv);
    return {
      ...base,
      address: session.address,
      connected: true,
      lagOps: opsAhead(mine, r.peerVv),
      lagMs: oldest ? Math.max(0, now - decodeHlc(oldest).wall) : 0,
      behindOps: opsAhead(r.peerVv, mine),
      lastSeen: new Date(seen?.at ?? Date.now()).toISOString(),
      clockOffsetMs: Math.round(r.clockOffsetMs),
      refused: [...r.refusals.values()][0] ?? null,
    };
  });
  peers.sort((a, b) => Number(b.self) - Number(a.self) || Number(b.connected) - Number(a.connected) || a.name.localeCompare(b.name));

  const sessions = sync.sessions.of(incidentId);
  const catchUp = {
    received: sessions.reduce((n, s) => n + s.replicator.catchUp.received, 0),
    expected: sessions.reduce((n, s) => n + s.replicator.catchUp.expected, 0),
  };
  const drifting = peers.filter((p) => p.clockOffsetMs !== null && Math.abs(p.clockOffsetMs) > DRIFT_WARNING_MS);
  const clockWarning =
    drifting.length === 0
      ? null
      : drifting
          .map((p) => {
            const minutes = Math.round(Math.abs(p.clockOffsetMs ?? 0) / 60_000);
            return `${p.name}'s clock is ${minutes} min ${(p.clockOffsetMs ?? 0) > 0 ? 'ahead of' : 'behind'} this console's`;
          })
          .join('; ') + '. Edits stamped more than 5 minutes ahead wait until the clocks agree: set the clocks right.';
  return { incidentId, peers, catchUp, clockWarning, ...membershipView(ws, incidentId, people) };
}
