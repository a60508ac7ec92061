import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayload } from '../../../../shared/contract';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { ConcordError } from '../../../../shared/result';
import type { Workspace } from '../../kernel/store/workspace';
import { Dialer, openSocket, parseAddress, type Target } from './transport/dialer';
import { Discovery } from './transport/discovery';
import { HandshakeCap } from './transport/handshake-cap';
import { advertisedHost } from './transport/addresses';
import type { JoinCode } from './join-code';
import { Membership } from './membership';
import { decodeMessage, encodeMessage, type Message } from './transport/messages';
import { initiate, respond, type SecureChannel } from './transport/noise-session';
import { OpStream } from './transport/op-stream';
import { Replicator } from './transport/replication';
import { isRevoked, storedPeerAddresses } from './read';
import { deviceRevocationEntity } from './revocation';
import { SecretRotation } from './rotation';
import { SecretStore, tagFor, type IncidentSecret } from './secrets';
import { REVOKED, SessionGate } from './session-gate';
import { SessionTable, type Session } from './transport/sessions';
import { newId } from '../../kernel/ops/ids';
import { stateHash } from '../../kernel/ops/state-hash';

export interface SyncOptions {
  /** Bind address of the sync port (the web console itself stays on loopback). */
  host?: string;
  /** 0 picks a free port, kept across lock and unlock. */
  port?: number;
  /** host:port addresses to keep reaching, for every incident this console holds. */
  peers?: string[];
  discovery?: boolean;
  discoveryPort?: number;
  log?: (message: string) => void;
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What exists while the store is unlocked. */
interface Live {
  ws: Workspace;
  secrets: SecretStore;
  rotation: SecretRotation;
  membership: Membership;
  gate: SessionGate;
  stream: OpStream;
  server: Server;
  dialer: Dialer;
  discovery: Discovery | null;
  detach: () => void;
}

/**
 * Local-network sync of a console: a TCP server and dialer carrying Noise sessions, one replication per
 * (incident, peer), discovery beacons, join codes and revocation. Runs only while the store is unlocked; never
 * touches a table of another domain (all writes go through the op log).
 */
export class SyncService {
  private live: Live | null = null;
  private port: number;
  readonly sessions = new SessionTable();
  /** When each device was last heard from, per incident: by a session message or a beacon. */
  readonly lastSeen = new Map<string, { at: number; address: string }>();
  private readonly handshakes: HandshakeCap;

  constructor(
    readonly options: SyncOptions,
    private readonly emit: Emit,
  ) {
    this.port = options.port ?? 0;
    this.handshakes = new HandshakeCap(options.log);
  }

  get workspace(): Workspace {
    if (!this.live) throw new ConcordError('locked', 'the store is locked: unlock it first');
    return this.live.ws;
  }

  get secrets(): SecretStore {
    if (!this.live) throw new ConcordError('locked', 'the store is locked: unlock it first');
    return this.live.secrets;
  }

  get stream(): OpStream {
    if (!this.live) throw new ConcordError('locked', 'the store is locked: unlock it first');
    return this.live.stream;
  }

  get membership(): Membership {
    if (!this.live) throw new ConcordError('locked', 'the store is locked: unlock it first');
    return this.live.membership;
  }

  private starting: Promise<void> = Promise.resolve();

  /** Called when the store opens (a workspace) or closes (null); `ready()` settles when it is listening. */
  attach(ws: Workspace | null): Promise<void> {
    this.stop();
    this.starting = ws
      ? this.start(ws).catch((error: unknown) => {
          this.options.log?.(`sync: cannot start: ${(error as Error).message}`);
          this.stop();
        })
      : Promise.resolve();
    return this.starting;
  }

  ready(): Promise<void> {
    return this.starting;
  }

  private async start(ws: Workspace): Promise<void> {
    const secrets = new SecretStore(ws.db, () => new Date(ws.clock.now()).toISOString());
    const unsubscribe = ws.ops.onChange((incidentId, entities) => this.onOpsChanged(incidentId, entities));
    const server = createServer((socket) => void this.accept(socket));
    const dialer = new Dialer(
      (target) => this.dial(target),
      (incidentId, deviceId) => this.sessions.get(incidentId, deviceId) !== undefined,
    );
    const membership = new Membership(ws);
    const gate = new SessionGate({
      membership,
      revision: (incidentId) => ws.ops.judge.revision(incidentId),
      log: (message) => this.options.log?.(message),
      forget: (incidentId, deviceId) => dialer.forget(incidentId, deviceId),
      changed: (incidentId) => this.emit('sync:peers', { incidentId }),
    });
    const rotation = new SecretRotation(ws.db, secrets);
    const live: Live = { ws, secrets, rotation, membership, gate, stream: new OpStream(ws.db), server, dialer, discovery: null, detach: unsubscribe };
    this.live = live;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.options.host ?? '0.0.0.0', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    if (this.options.discovery) {
      live.discovery = new Discovery({
        deviceId: ws.device.deviceId,
        port: this.options.discoveryPort,
        announce: () => ({ port: this.port, tags: this.live ? this.live.secrets.all().map(tagFor) : [] }),
        onPeer: (peer) => this.onBeacon(peer),
        log: this.options.log,
      });
      await live.discovery.start();
    }
    for (const address of this.manualPeers()) this.dialEverywhere(address);
  }

  private manualPeers(): string[] {
    const stored = this.live ? storedPeerAddresses(this.live.ws.db) : [];
    return [...new Set([...(this.options.peers ?? []), ...stored])];
  }

  /** Keeps reaching an address for every incident this console holds. */
  private dialEverywhere(address: string): void {
    const { host, port } = parseAddress(address);
    for (const s of this.live?.secrets.all() ?? []) this.live?.dialer.add(host, port, s.incidentId, true);
  }

  addPeer(address: string): SyncStatus {
    parseAddress(address);
    this.workspace.db.prepare('INSERT INTO sync_peers (address, added_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(address, new Date().toISOString());
    this.dialEverywhere(address);
    return this.status();
  }

  /**
   * Keeps a join code's secret and invitation and dials the console it names; once a console of the incident
   * admits this one by the invitation, the incident's ops arrive from there.
   */
  join(code: JoinCode): void {
    this.secrets.takeFromCode({ incidentId: code.incidentId, secret: code.secret, epoch: code.epoch });
    this.membership.hold(code.incidentId, code.invitationId, code.token);
    // Kept like a manual peer, so a console restarted before discovery finds anyone still knows where to go.
    this.addPeer(`${code.host}:${code.port}`);
    for (const address of this.manualPeers()) this.dialEverywhere(address);
    this.live?.discovery?.announce();
  }

  /** Makes the incident shareable (a secret on first need) and starts announcing it. */
  share(incidentId: string): void {
    const had = this.secrets.get(incidentId);
    this.secrets.ensure(incidentId);
    if (!had) {
      this.live?.discovery?.announce();
      for (const address of this.manualPeers()) this.dialEverywhere(address);
    }
  }

  advertised(): string {
    return `${advertisedHost(this.options.host)}:${this.port}`;
  }

  status(): SyncStatus {
    const secrets = this.live?.secrets.all() ?? [];
    return {
      enabled: true,
      listening: this.live !== null,
      host: this.options.host ?? '0.0.0.0',
      port: this.port,
      advertised: this.advertised(),
      incidents: secrets.map((s) => ({ incidentId: s.incidentId, epoch: s.epoch, connected: this.sessions.of(s.incidentId).length })),
      manualPeers: this.manualPeers(),
    };
  }

  /**
   * Revokes a device and rotates the secret, both by one op: every console refuses the device's later ops, closes
   * its sessions, and takes the new secret only because this op vouches for it.
   */
  revoke(incidentId: string, deviceId: string, reason: string): number {
    const ws = this.workspace;
    // The cut is what this console holds of the device: its later ops, wherever they sort, will not take effect.
    const lastSeq = ws.ops.head(incidentId, deviceId)?.seq ?? 0;
    const next = this.rotation.next(incidentId);
    ws.ops.commit(incidentId, ws.author(), [
      { entity: deviceRevocationEntity.name, entityId: newId(), action: 'add', fields: { revokedDevice: deviceId, reason, lastSeq, ...next.fields } },
    ]);
    // The commit closed the device's sessions and sent the op ahead on the others; a peer that gets the secret
    // before the op keeps it until the op arrives. Taken here by the same rule as there: should another revocation
    // naming the same epoch come first in the order, its secret is the one that counts.
    this.spread(incidentId, this.rotation.offer(incidentId, ws.device.deviceId, next.secret.epoch, next.secret.secret), null);
    return this.secrets.get(incidentId)?.epoch ?? next.secret.epoch;
  }

  private get rotation(): SecretRotation {
    if (!this.live) throw new ConcordError('locked', 'the store is locked: unlock it first');
    return this.live.rotation;
  }

  /** Secrets taken here go to the members this console serves, which take them on the same revocation. */
  private spread(incidentId: string, taken: readonly IncidentSecret[], except: Session | null): void {
    for (const secret of taken) {
      const message: Message = { type: 'secret', body: { secret: secret.secret.toString('hex'), epoch: secret.epoch } };
      for (const s of this.sessions.of(incidentId)) if (s !== except && s.access === 'serve') s.channel.send(encodeMessage(message));
    }
    if (taken.length > 0) this.live?.discovery?.announce();
  }

  private async accept(socket: Socket): Promise<void> {
    const live = this.live;
    if (!live) return void socket.destroy();
    const from = socket.remoteAddress ?? '?';
    if (!this.handshakes.enter(from)) return void socket.destroy();
    socket.on('error', () => socket.destroy());
    socket.setNoDelay(true);
    try {
      const channel = await respond(socket, live.ws.device, (tag) => live.secrets.byTag(tag));
      this.open(channel, null);
    } catch (error) {
      this.options.log?.(`sync: refused a connection from ${from}: ${(error as Error).message}`);
    } finally {
      this.handshakes.leave();
    }
  }

  private async dial(target: Target): Promise<void> {
    const live = this.live;
    const secret = live?.secrets.get(target.incidentId);
    if (!live || !secret) throw new Error('nothing to dial for');
    const socket = await openSocket(target.host, target.port);
    socket.on('error', () => socket.destroy());
    const channel = await initiate(socket, live.ws.device, secret);
    target.deviceId = channel.remoteDeviceId;
    if (channel.remoteDeviceId === live.ws.device.deviceId) target.self = true;
    this.open(channel, `${target.host}:${target.port}`);
  }

  private open(channel: SecureChannel, dialed: string | null): void {
    const live = this.live;
    if (!live) return channel.close('store locked');
    const { incidentId } = channel.incident;
    const self = live.ws.device.deviceId;
    if (channel.remoteDeviceId === self) return channel.close('connected to itself');
    const access = live.membership.accessFor(incidentId, channel.remoteDeviceId);
    if (!access) return channel.close(REVOKED);
    const address = dialed ?? channel.remoteAddress;
    const session: Session = {
      incidentId,
      deviceId: channel.remoteDeviceId,
      address,
      channel,
      initiatorId: channel.initiator ? self : channel.remoteDeviceId,
      access,
      replicator: new Replicator(
        {
          incidentId,
          ops: live.ws.ops,
          stream: live.stream,
          now: () => live.ws.clock.now(),
          epoch: () => live.secrets.get(incidentId)?.epoch ?? 1,
          onApplied: () => this.emitProgress(incidentId),
          stateHash: () => stateHash(live.ws.db, incidentId, live.ws.ops.projector.entities()),
          onDisagreement: () => {
            this.options.log?.(`sync: ${incidentId.slice(0, 8)} ${session.replicator.disagrees ? 'disagrees' : 'agrees again'} with ${session.deviceId.slice(0, 8)} on the same ops`);
            this.emit('sync:peers', { incidentId });
          },
          outgoing: () => (session.access === 'serve' ? live.ws.ops.versionVector(incidentId) : null),
        },
        (m) => channel.send(encodeMessage(m)),
      ),
    };
    if (!this.sessions.add(session, self)) return channel.close('duplicate connection');
    channel.onClose((reason) => {
      session.replicator.close();
      this.sessions.remove(session);
      this.options.log?.(`sync: ${incidentId.slice(0, 8)} lost ${session.deviceId.slice(0, 8)} (${reason})`);
      live.dialer.lost(incidentId, session.deviceId);
      this.emit('sync:peers', { incidentId });
    });
    channel.onMessage((data) => this.onMessage(session, data));
    live.gate.start(session);
    this.options.log?.(`sync: ${incidentId.slice(0, 8)} connected to ${session.deviceId.slice(0, 8)} at ${address}`);
    this.seen(incidentId, session.deviceId, address);
    this.emit('sync:peers', { incidentId });
  }

  private onMessage(session: Session, data: Buffer): void {
    try {
      const message = decodeMessage(data);
      this.seen(session.incidentId, session.deviceId, session.address);
      if (this.live?.gate.receive(session, message)) return;
      if (message.type === 'secret') this.onSecret(session, message.body);
      else session.replicator.receive(message);
    } catch (error) {
      session.channel.close(`bad message: ${(error as Error).message}`);
    }
  }

  /** Taken only if a valid revocation op vouches for it (rotation.ts); then passed on, so consoles out of the revoker's reach rotate too. */
  private onSecret(from: Session, body: { secret: string; epoch: number }): void {
    this.spread(from.incidentId, this.rotation.offer(from.incidentId, from.deviceId, body.epoch, Buffer.from(body.secret, 'hex')), from);
  }

  private onOpsChanged(incidentId: string, entities: string[]): void {
    const live = this.live;
    if (!live) return;
    live.gate.review(incidentId, entities, this.sessions.of(incidentId));
    if (entities.includes(deviceRevocationEntity.name)) this.spread(incidentId, live.rotation.recheck(incidentId), null);
    for (const s of this.sessions.of(incidentId)) s.replicator.pump();
  }

  private onBeacon(peer: { deviceId: string; host: string; port: number; tags: Buffer[] }): void {
    const live = this.live;
    if (!live) return;
    for (const s of live.secrets.all()) {
      if (!peer.tags.some((t) => t.equals(tagFor(s)))) continue;
      this.seen(s.incidentId, peer.deviceId, `${peer.host}:${peer.port}`);
      if (!this.sessions.get(s.incidentId, peer.deviceId) && !isRevoked(live.ws.db, s.incidentId, peer.deviceId)) {
        live.dialer.add(peer.host, peer.port, s.incidentId, false);
      }
    }
  }

  private seen(incidentId: string, deviceId: string, address: string): void {
    this.lastSeen.set(`${incidentId}/${deviceId}`, { at: Date.now(), address });
  }

  private emitProgress(incidentId: string): void {
    const sessions = this.sessions.of(incidentId);
    const received = sessions.reduce((n, s) => n + s.replicator.catchUp.received, 0);
    const expected = sessions.reduce((n, s) => n + s.replicator.catchUp.expected, 0);
    this.emit('sync:progress', { incidentId, received, expected });
  }

  private stop(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.detach();
    live.dialer.stop();
    live.discovery?.stop();
    for (const s of this.sessions.all()) s.channel.close('store locked');
    live.server.close();
  }

  close(): void {
    this.stop();
  }
}
