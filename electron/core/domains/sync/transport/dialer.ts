import { connect, type Socket } from 'node:net';

/** An address this console keeps trying to reach for one incident, and what it learnt about it. */
export interface Target {
  host: string;
  port: number;
  incidentId: string;
  /** Manual peers and the console named in a join code are retried forever; a beacon's address is tried once. */
  permanent: boolean;
  /** The device that answered there last time, so the dialer does not dial a device it is already connected to. */
  deviceId: string | null;
  self: boolean;
  attempt: number;
  dialing: boolean;
  timer: NodeJS.Timeout | null;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;
const CONNECT_TIMEOUT_MS = 5_000;

export const targetKey = (incidentId: string, host: string, port: number) => `${incidentId}@${host}:${port}`;

export function parseAddress(address: string): { host: string; port: number } {
  const at = address.lastIndexOf(':');
  const host = address.slice(0, at).replace(/^\[|\]$/g, '');
  const port = Number(address.slice(at + 1));
  if (at <= 0 || !host || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a host:port address: ${JSON.stringify(address)}`);
  return { host, port };
}

/** Opens a TCP connection, refusing after a bounded wait (a partitioned peer never answers). */
export function openSocket(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => socket.destroy(new Error(`no answer from ${host}:${port}`)), CONNECT_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 5_000);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Keeps dialing targets with a capped exponential backoff until they answer; `dial` runs one attempt. */
export class Dialer {
  readonly targets = new Map<string, Target>();
  private stopped = false;

  constructor(
    private readonly dial: (target: Target) => Promise<void>,
    private readonly connectedTo: (incidentId: string, deviceId: string) => boolean,
  ) {}

  add(host: string, port: number, incidentId: string, permanent: boolean): Target {
    const key = targetKey(incidentId, host, port);
    let target = this.targets.get(key);
    if (!target) {
      target = { host, port, incidentId, permanent, deviceId: null, self: false, attempt: 0, dialing: false, timer: null };
      this.targets.set(key, target);
    }
    target.permanent ||= permanent;
    this.kick(target);
    return target;
  }

  /** Dials now unless it is already connected, dialing, or itself. */
  kick(target: Target): void {
    if (this.stopped || target.dialing || target.self) return;
    if (target.deviceId && this.connectedTo(target.incidentId, target.deviceId)) return;
    if (target.timer) clearTimeout(target.timer);
    target.timer = null;
    target.dialing = true;
    this.dial(target)
      .then(() => {
        target.attempt = 0;
      })
      .catch(() => {
        target.attempt += 1;
        if (!target.permanent) this.targets.delete(targetKey(target.incidentId, target.host, target.port));
      })
      .finally(() => {
        target.dialing = false;
        if (target.permanent && !(target.deviceId && this.connectedTo(target.incidentId, target.deviceId))) this.retryLater(target);
      });
  }

  retryLater(target: Target): void {
    if (this.stopped || target.self || target.timer) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** target.attempt);
    target.timer = setTimeout(() => {
      target.timer = null;
      this.kick(target);
    }, delay);
    target.timer.unref();
  }

  /** A session with this device ended: the targets that reach it try again. */
  lost(incidentId: string, deviceId: string): void {
    for (const t of this.targets.values()) if (t.incidentId === incidentId && t.deviceId === deviceId && t.permanent) this.retryLater(t);
  }

  forget(incidentId: string, deviceId: string): void {
    for (const [key, t] of this.targets) {
      if (t.incidentId === incidentId && t.deviceId === deviceId) {
        if (t.timer) clearTimeout(t.timer);
        this.targets.delete(key);
      }
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.targets.values()) if (t.timer) clearTimeout(t.timer);
    this.targets.clear();
  }
}
