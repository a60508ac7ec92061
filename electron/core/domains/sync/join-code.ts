import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { ConcordError } from '../../../../shared/result';

/**
 * What a new console needs to join an incident: which one, its secret, one console to reach, and the invitation
 * (its id and one-time token) it presents there to be admitted.
 */
export interface JoinCode {
  incidentId: string;
  secret: Buffer;
  epoch: number;
  host: string;
  port: number;
  invitationId: string;
  token: Buffer;
}

export const INVITATION_TOKEN_BYTES = 16;

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed by hand survives the usual slips. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = 2;
const CHECK_BYTES = 3;
const GROUP = 4;

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

function fromBase32(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const raw of text) {
    // Crockford decoding: case-insensitive, I and L read as 1, O as 0.
    const c = raw.toUpperCase().replace(/[IL]/, '1').replace('O', '0');
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) throw new ConcordError('invalid_input', `the join code has a character that is not in it: ${JSON.stringify(raw)}`);
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

const checkOf = (payload: Buffer): Buffer => createHash('sha256').update(payload).digest().subarray(0, CHECK_BYTES);

function hostBytes(host: string): Buffer {
  if (isIP(host) === 4) return Buffer.from([4, ...host.split('.').map(Number)]);
  throw new ConcordError('invalid_input', `a join code carries an IPv4 address, not ${JSON.stringify(host)}`);
}

const uuidBytes = (id: string, what: string): Buffer => {
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) throw new ConcordError('invalid_input', `a join code carries ${what} as a UUID`);
  return bytes;
};

const uuidText = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

const PAYLOAD_BYTES = 1 + 16 + 32 + 5 + 4 + 2 + 16 + INVITATION_TOKEN_BYTES;

/**
 * Version, incident UUID, secret, IPv4, epoch and port, invitation UUID and token, then a 3-byte check; base32 in
 * dash-separated groups of four.
 */
export function encodeJoinCode(code: JoinCode): string {
  // Epochs move by one per revocation, so this holds for ever; a typed error all the same, never a crash.
  if (!Number.isInteger(code.epoch) || code.epoch < 1 || code.epoch > 0xffffffff) throw new ConcordError('invalid_input', `no join code carries epoch ${code.epoch}`);
  if (code.secret.length !== 32 || code.token.length !== INVITATION_TOKEN_BYTES) throw new ConcordError('invalid_input', 'a join code carries a 32-byte secret and a 16-byte token');
  const tail = Buffer.alloc(6);
  tail.writeUInt32BE(code.epoch);
  tail.writeUInt16BE(code.port, 4);
  const payload = Buffer.concat([
    Buffer.from([VERSION]),
    uuidBytes(code.incidentId, 'the incident'),
    code.secret,
    hostBytes(code.host),
    tail,
    uuidBytes(code.invitationId, 'the invitation'),
    code.token,
  ]);
  const text = toBase32(Buffer.concat([payload, checkOf(payload)]));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? text;
}

export function decodeJoinCode(text: string): JoinCode {
  const bytes = fromBase32(text.replace(/[\s-]/g, ''));
  const payload = bytes.subarray(0, bytes.length - CHECK_BYTES);
  const checked = bytes.length > CHECK_BYTES && checkOf(payload).equals(bytes.subarray(payload.length));
  if (!checked) throw new ConcordError('invalid_input', 'this join code does not check out: a character is wrong or missing');
  // Version 1 codes carried no invitation: nothing admits a console by them now.
  if (payload[0] === 1) throw new ConcordError('invalid_input', 'this join code was made by an older version of Concord: ask for a new code');
  if (payload[0] !== VERSION || payload.length !== PAYLOAD_BYTES) throw new ConcordError('invalid_input', 'this join code was made by another version of Concord');
  return {
    incidentId: uuidText(payload.subarray(1, 17)),
    secret: Buffer.from(payload.subarray(17, 49)),
    host: [...payload.subarray(50, 54)].join('.'),
    epoch: payload.readUInt32BE(54),
    port: payload.readUInt16BE(58),
    invitationId: uuidText(payload.subarray(60, 76)),
    token: Buffer.from(payload.subarray(76, 92)),
  };
}
