import type { Socket } from 'node:net';
import NoiseState from 'noise-handshake';
import CipherState from 'noise-handshake/cipher';
import { type DeviceKeys, deviceIdFor, signHex, verifyHex } from '../ops/signing';
import { FrameReader, frame } from './framing';
import { pskFor, tagFor, type IncidentSecret } from './secrets';

/**
 * A sync connection: Noise XXpsk0 (holepunch's noise-handshake over libsodium: X25519, ChaCha20-Poly1305,
 * BLAKE2b) with the pre-shared key derived from the incident's join secret. The psk is mixed in before the
 * first message, so a peer without the secret fails on the first message it sends or reads, before any op moves.
 *
 * The initiator's first frame starts with the incident's keyed tag in clear (the responder must know which
 * secret to use); the tag is also the prologue, so changing it breaks the handshake. Each side's handshake
 * payload binds its fresh Noise static key to its Ed25519 device key (the libp2p Noise construction: the device
 * key signs the static key), which names the device the connection speaks for.
 *
 * After the handshake every frame is AEAD-sealed by the Noise cipher state, whose nonce is a counter: a frame
 * altered, replayed, dropped or reordered fails to open and the connection is closed.
 */
export interface SecureChannel {
  readonly incident: IncidentSecret;
  readonly remoteDeviceId: string;
  readonly remoteAddress: string;
  readonly initiator: boolean;
  send(message: Buffer): void;
  onMessage(listener: (message: Buffer) => void): void;
  onClose(listener: (reason: string) => void): void;
  close(reason: string): void;
  readonly closed: boolean;
}

const PROTOCOL = Buffer.from('concord-sync/1');
const STATIC_KEY_CONTEXT = Buffer.from('concord sync noise static key v1:');
const TAG_BYTES = 16;
/** Before the handshake completes a peer is unknown: what it may make this console buffer stays small. */
const HANDSHAKE_FRAME_MAX = 64 * 1024;
/** A batch of ops is compressed; 16 MiB is far above any batch the sender cuts. */
export const FRAME_MAX = 16 * 1024 * 1024;
const HANDSHAKE_TIMEOUT_MS = 10_000;

const identityProof = (keys: DeviceKeys, staticKey: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(keys.publicKeyHex, 'hex'),
    Buffer.from(signHex(keys.privateKey, Buffer.concat([STATIC_KEY_CONTEXT, staticKey]).toString('hex')), 'hex'),
  ]);

/** Answers the device id the proof names, or throws if it does not sign the static key the handshake used. */
function checkIdentity(proof: Buffer, staticKey: Buffer | null): string {
  if (proof.length !== 96 || !staticKey) throw new Error('handshake payload is not a device identity');
  const publicKeyHex = proof.subarray(0, 32).toString('hex');
  const signed = Buffer.concat([STATIC_KEY_CONTEXT, staticKey]).toString('hex');
  if (!verifyHex(publicKeyHex, signed, proof.subarray(32).toString('hex'))) throw new Error('device key does not sign the Noise static key');
  return deviceIdFor(publicKeyHex);
}

/** Reads whole frames off a socket as promises, for the handshake's strict back and forth. */
function frameQueue(socket: Socket) {
  const reader = new FrameReader(HANDSHAKE_FRAME_MAX);
  const ready: Buffer[] = [];
  let waiting: { resolve: (f: Buffer) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  const onData = (data: Buffer) => {
    try {
      ready.push(...reader.push(data));
    } catch (error) {
      fail(error as Error);
      return;
    }
    const next = ready.shift();
    if (next && waiting) {
      waiting.resolve(next);
      waiting = null;
    } else if (next) ready.unshift(next);
  };
  const onEnd = () => fail(new Error('connection closed during the handshake'));
  socket.on('data', onData).on('close', onEnd).on('error', onEnd);
  return {
    reader,
    next: (): Promise<Buffer> => {
      const head = ready.shift();
      if (head) return Promise.resolve(head);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    /** Hands the socket over to the transport, with any bytes already read past the handshake. */
    detach: (): Buffer[] => {
      socket.off('data', onData).off('close', onEnd).off('error', onEnd);
      return ready.splice(0);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, socket: Socket): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('handshake timed out')), HANDSHAKE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer)).catch((error: unknown) => {
    socket.destroy();
    throw error;
  });
}

/** Dials side: knows the incident, so sends its tag first. */
export function initiate(socket: Socket, keys: DeviceKeys, incident: IncidentSecret): Promise<SecureChannel> {
  const run = async () => {
    const q = frameQueue(socket);
    const tag = tagFor(incident);
    const noise = new NoiseState('XXpsk0', true, null, { psk: pskFor(incident) });
    noise.initialise(Buffer.concat([PROTOCOL, tag]));
    socket.write(frame(Buffer.concat([tag, noise.send()])));
    const remoteDeviceId = checkIdentity(noise.recv(await q.next()), noise.rs);
    socket.write(frame(noise.send(identityProof(keys, noise.s.publicKey))));
    return transport(socket, noise, q, incident, remoteDeviceId, true);
  };
  return withTimeout(run(), socket);
}

/** Listening side: learns the incident from the tag and refuses a tag it does not hold without answering. */
export function respond(socket: Socket, keys: DeviceKeys, lookup: (tag: Buffer) => IncidentSecret | undefined): Promise<SecureChannel> {
  const run = async () => {
    const q = frameQueue(socket);
    const first = await q.next();
    const tag = first.subarray(0, TAG_BYTES);
    const incident = lookup(tag);
    if (!incident) throw new Error('a peer asked for an incident this console does not hold');
    const noise = new NoiseState('XXpsk0', false, null, { psk: pskFor(incident) });
    noise.initialise(Buffer.concat([PROTOCOL, tag]));
    noise.recv(first.subarray(TAG_BYTES));
    socket.write(frame(noise.send(identityProof(keys, noise.s.publicKey))));
    const remoteDeviceId = checkIdentity(noise.recv(await q.next()), noise.rs);
    return transport(socket, noise, q, incident, remoteDeviceId, false);
  };
  return withTimeout(run(), socket);
}

function transport(
  socket: Socket,
  noise: NoiseState,
  q: ReturnType<typeof frameQueue>,
  incident: IncidentSecret,
  remoteDeviceId: string,
  initiator: boolean,
): SecureChannel {
  if (!noise.complete || !noise.tx || !noise.rx) throw new Error('handshake did not complete');
  const tx = new CipherState(noise.tx);
  const rx = new CipherState(noise.rx);
  const messageListeners: ((m: Buffer) => void)[] = [];
  const closeListeners: ((reason: string) => void)[] = [];
  const pending: Buffer[] = [];
  let closed = false;
  q.reader.maxBytes = FRAME_MAX;

  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    socket.destroy();
    for (const l of closeListeners) l(reason);
  };
  const open = (sealed: Buffer) => {
    if (closed) return;
    let message: Buffer;
    try {
      message = rx.decrypt(sealed);
    } catch {
      close('a frame failed authentication (altered, replayed or out of order)');
      return;
    }
    if (messageListeners.length === 0) pending.push(message);
    for (const l of messageListeners) l(message);
  };
  for (const f of q.detach()) open(f);
  socket.on('data', (data: Buffer) => {
    try {
      for (const f of q.reader.push(data)) open(f);
    } catch (error) {
      close((error as Error).message);
    }
  });
  socket.on('close', () => close('connection closed'));
  socket.on('error', (error) => close(error.message));

  return {
    incident,
    remoteDeviceId,
    remoteAddress: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`,
    initiator,
    send: (message) => {
      if (!closed) socket.write(frame(tx.encrypt(message)));
    },
    onMessage: (listener) => {
      messageListeners.push(listener);
      for (const m of pending.splice(0)) listener(m);
    },
    onClose: (listener) => closeListeners.push(listener),
    close,
    get closed() {
      return closed;
    },
  };
}
