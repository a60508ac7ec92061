import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { ConcordError } from '../../../shared/result';

/** What a new console needs to join an incident: which one, its secret, and one console to reach. */
export interface JoinCode {
  incidentId: string;
  secret: Buffer;
  epoch: number;
  host: string;
  port: number;
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed by hand survives the usual slips. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = 1;
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

/** Version, incident UUID, secret, epoch, IPv4 and port, then a 3-byte check; base32 in dash-separated groups of four. */
export function encodeJoinCode(code: JoinCode): string {
  const uuid = Buffer.from(code.incidentId.replace(/-/g, ''), 'hex');
  if (uuid.length !== 16) throw new ConcordError('invalid_input', 'only an incident with a UUID can be joined by code');
  const tail = Buffer.alloc(4);
  tail.writeUInt16BE(code.epoch);
  tail.writeUInt16BE(code.port, 2);
  const payload = Buffer.concat([Buffer.from([VERSION]), uuid, code.secret, hostBytes(code.host), tail]);
  const text = toBase32(Buffer.concat([payload, checkOf(payload)]));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? text;
}

export function decodeJoinCode(text: string): JoinCode {
  const bytes = fromBase32(text.replace(/[\s-]/g, ''));
  const payload = bytes.subarray(0, bytes.length - CHECK_BYTES);
  if (bytes.length !== 1 + 16 + 32 + 5 + 4 + CHECK_BYTES || !checkOf(payload).equals(bytes.subarray(payload.length))) {
    throw new ConcordError('invalid_input', 'this join code does not check out: a character is wrong or missing');
  }
  if (payload[0] !== VERSION) throw new ConcordError('invalid_input', 'this join code was made by another version of Concord');
  const hex = payload.subarray(1, 17).toString('hex');
  const incidentId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const host = [...payload.subarray(50, 54)].join('.');
  return { incidentId, secret: Buffer.from(payload.subarray(17, 49)), epoch: payload.readUInt16BE(54), host, port: payload.readUInt16BE(56) };
}
