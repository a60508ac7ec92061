import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';

/** Where beacons go: the local broadcast address and an organisation-local multicast group, one UDP port. */
export const DISCOVERY_PORT = 47123;
export const MULTICAST_GROUP = '239.255.71.23';
export const BEACON_INTERVAL_MS = 30_000;
/** A console answers a new peer's beacon at once (to its address only), but not more often than this. */
const ANSWER_EVERY_MS = 5_000;

const MAGIC = Buffer.from('CNCD1');
const DEVICE_BYTES = 16;
const TAG_BYTES = 16;
const MAX_TAGS = 64;

export interface Beacon {
  deviceId: string;
  port: number;
  tags: Buffer[];
}

/** Magic, device id, sync port, then the keyed tags of the incidents it holds: never an incident's id or name. */
export function encodeBeacon(b: Beacon): Buffer {
  const port = Buffer.alloc(2);
  port.writeUInt16BE(b.port);
  return Buffer.concat([MAGIC, Buffer.from(b.deviceId, 'hex'), port, ...b.tags.slice(0, MAX_TAGS)]);
}

export function decodeBeacon(data: Buffer): Beacon | null {
  const head = MAGIC.length + DEVICE_BYTES + 2;
  if (data.length < head || !data.subarray(0, MAGIC.length).equals(MAGIC) || (data.length - head) % TAG_BYTES !== 0) return null;
  const tags: Buffer[] = [];
  for (let at = head; at < data.length; at += TAG_BYTES) tags.push(Buffer.from(data.subarray(at, at + TAG_BYTES)));
  return {
    deviceId: data.subarray(MAGIC.length, MAGIC.length + DEVICE_BYTES).toString('hex'),
    port: data.readUInt16BE(MAGIC.length + DEVICE_BYTES),
    tags: tags.slice(0, MAX_TAGS),
  };
}

export interface DiscoveryOptions {
  deviceId: string;
  /** What to announce now: the sync port and the tags of the incidents this console holds. */
  announce(): { port: number; tags: Buffer[] };
  /** A beacon from another console that shares at least one tag with ours: a hint to dial it. */
  onPeer(peer: { deviceId: string; host: string; port: number; tags: Buffer[] }): void;
  port?: number;
  log?: (message: string) => void;
}

/**
 * Beacons on the local network: sent at start, every 30 s and when the incidents held change, by broadcast and
 * multicast, and only while this console holds at least one shared incident. Beacons are hints only: a console
 * they name still has to pass the Noise handshake with the incident's secret.
 */
export class Discovery {
  private socket: Socket | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly answered = new Map<string, number>();
  private readonly port: number;

  constructor(private readonly options: DiscoveryOptions) {
    this.port = options.port ?? DISCOVERY_PORT;
  }

  async start(): Promise<void> {
    const socket = createSocket({ type: 'udp4', reuseAddr: true });
    this.socket = socket;
    socket.on('message', (data, rinfo) => this.onMessage(data, rinfo));
    socket.on('error', (error) => this.options.log?.(`discovery: ${error.message}`));
    await new Promise<void>((resolve) => socket.bind(this.port, resolve));
    socket.setBroadcast(true);
    try {
      socket.addMembership(MULTICAST_GROUP);
      socket.setMulticastTTL(1);
    } catch (error) {
      // A network without a multicast route still has broadcast and manual peers.
      this.options.log?.(`discovery: no multicast here (${(error as Error).message}); broadcast only`);
    }
    this.announce();
    this.timer = setInterval(() => this.announce(), BEACON_INTERVAL_MS);
    this.timer.unref();
  }

  /** Sends a beacon now, to everyone or to one address. */
  announce(to?: string): void {
    const socket = this.socket;
    if (!socket) return;
    const { port, tags } = this.options.announce();
    if (tags.length === 0 || port === 0) return;
    const beacon = encodeBeacon({ deviceId: this.options.deviceId, port, tags });
    for (const address of to ? [to] : ['255.255.255.255', MULTICAST_GROUP]) {
      socket.send(beacon, this.port, address, (error) => {
        if (error) this.options.log?.(`discovery: cannot send to ${address}: ${error.message}`);
      });
    }
  }

  private onMessage(data: Buffer, rinfo: RemoteInfo): void {
    const beacon = decodeBeacon(data);
    if (!beacon || beacon.deviceId === this.options.deviceId) return;
    const ours = this.options.announce().tags;
    const shared = beacon.tags.filter((t) => ours.some((o) => o.equals(t)));
    if (shared.length === 0) return;
    this.options.onPeer({ deviceId: beacon.deviceId, host: rinfo.address, port: beacon.port, tags: shared });
    const last = this.answered.get(beacon.deviceId) ?? 0;
    if (Date.now() - last > ANSWER_EVERY_MS) {
      this.answered.set(beacon.deviceId, Date.now());
      this.announce(rinfo.address);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.socket?.close();
    this.socket = null;
  }
}
