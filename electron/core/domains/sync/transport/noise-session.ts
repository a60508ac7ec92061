import type { Socket } from 'node:net';
import NoiseState from 'noise-handshake';
import CipherState from 'noise-handshake/cipher';
import { type DeviceKeys, deviceIdFor, signHex, verifyHex } from '../../../kernel/ops/signing';
import { FrameReader, MESSAGE_MAX, frame } from './framing';
import { pskFor, tagFor, type IncidentSecret } from '../secrets';

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
 * After the handshake a message of up to `MESSAGE_MAX` bytes travels as chunks, because a Noise message holds at
 * most 65,535 bytes: each chunk is one frame, AEAD-sealed by the Noise cipher state, and starts (inside the seal)
 * with one byte saying whether more of the message follows. The nonce is a counter, so a chunk altered,
 * replayed, dropped or reordered fails to open and the connection is closed.
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
/** Noise's bound on one message, its 16-byte authentication tag included: the library refuses longer ones. */
const NOISE_MESSAGE_MAX = 65_535;
const NOISE_AUTH_BYTES = 16;
const MORE = 0;
const LAST = 1;
const MORE_HEADER = Buffer.from([MORE]);
const LAST_HEADER = Buffer.from([LAST]);
/** Message bytes per chunk: what a Noise message holds once the tag and the chunk's header byte are in. */
const CHUNK_BYTES = NOISE_MESSAGE_MAX - NOISE_AUTH_BYTES - 1;
/**
 * Before the handshake completes a peer is unknown: what it may make this console buffer stays small. A
 * handshake frame is a Noise message, the first one after the incident's tag; the frames read past the
 * handshake are sealed chunks, no longer.
 */
const HANDSHAKE_FRAME_MAX = TAG_BYTES + NOISE_MESSAGE_MAX;
/** After the handshake every frame is one sealed chunk. */
export const FRAME_MAX = NOISE_MESSAGE_MAX;
const HANDSHAKE_TIMEOUT_MS = 10_000;

export interface ChannelOptions {
  /** The longest message this side sends or accepts; `MESSAGE_MAX` unless a test plays a peer that sends more. */
  maxMessage?: number;
}

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
export function initiate(socket: Socket, keys: DeviceKeys, incident: IncidentSecret, options: ChannelOptions = {}): Promise<SecureChannel> {
  const run = async () => {
    const q = frameQueue(socket);
    const tag = tagFor(incident);
    const noise = new NoiseState('XXpsk0', true, null, { psk: pskFor(incident) });
    noise.initialise(Buffer.concat([PROTOCOL, tag]));
    socket.write(frame(Buffer.concat([tag, noise.send()])));
    const remoteDeviceId = checkIdentity(noise.recv(await q.next()), noise.rs);
    socket.write(frame(noise.send(identityProof(keys, noise.s.publicKey))));
    return transport(socket, noise, q, incident, remoteDeviceId, true, options);
  };
  return withTimeout(run(), socket);
}

/** Listening side: learns the incident from the tag and refuses a tag it does not hold without answering. */
export function respond(
  socket: Socket,
  keys: DeviceKeys,
  lookup: (tag: Buffer) => IncidentSecret | undefined,
  options: ChannelOptions = {},
): Promise<SecureChannel> {
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
    return transport(socket, noise, q, incident, remoteDeviceId, false, options);
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
  options: ChannelOptions,
): SecureChannel {
  if (!noise.complete || !noise.tx || !noise.rx) throw new Error('handshake did not complete');
  const tx = new CipherState(noise.tx);
  const rx = new CipherState(noise.rx);
  const maxMessage = options.maxMessage ?? MESSAGE_MAX;
  const messageListeners: ((m: Buffer) => void)[] = [];
  const closeListeners: ((reason: string) => void)[] = [];
  const pending: Buffer[] = [];
  /** The chunks of the message being received, and their length. */
  let parts: Buffer[] = [];
  let assembled = 0;
  let closed = false;
  q.reader.maxBytes = FRAME_MAX;

  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    parts = [];
    socket.destroy();
    for (const l of closeListeners) l(reason);
  };
  const deliver = (message: Buffer) => {
    if (messageListeners.length === 0) pending.push(message);
    for (const l of messageListeners) l(message);
  };
  const open = (sealed: Buffer) => {
    if (closed) return;
    let chunk: Buffer;
    try {
      chunk = rx.decrypt(sealed);
    } catch {
      close('a frame failed authentication (altered, replayed or out of order)');
      return;
    }
    const more = chunk[0] === MORE;
    const body = chunk.subarray(1);
    // An honest sender fills every chunk but the last, so the chunks held stay few whatever a peer sends.
    if (!more && chunk[0] !== LAST) return close('a chunk without a valid header');
    if (more && body.length !== CHUNK_BYTES) return close('a chunk cut short before the end of its message');
    if (assembled + body.length > maxMessage) return close(`a message over the limit of ${maxMessage} bytes`);
    if (more) {
      parts.push(body);
      assembled += body.length;
      return;
    }
    const message = parts.length === 0 ? body : Buffer.concat([...parts, body], assembled + body.length);
    parts = [];
    assembled = 0;
    deliver(message);
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
      if (closed) return;
      // Closing rather than throwing: a send runs inside op-log listeners, which must not see a transport error.
      if (message.length > maxMessage) return close(`a message of ${message.length} bytes is over the limit of ${maxMessage} bytes`);
      for (let at = 0; ; at += CHUNK_BYTES) {
        const last = message.length - at <= CHUNK_BYTES;
        socket.write(frame(tx.encrypt(Buffer.concat([last ? LAST_HEADER : MORE_HEADER, message.subarray(at, at + CHUNK_BYTES)]))));
        if (last) return;
      }
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
