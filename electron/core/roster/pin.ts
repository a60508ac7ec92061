import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt parameters for PINs: slow enough to hurt guessing, quick enough for a sign-in at a busy console. */
const N = 2 ** 14;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** A hash replicated from a peer carries its own parameters; anything costlier than this is refused, not computed. */
const MAX_N = 2 ** 17;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export const pinHashSchema = z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{16,64}\$[A-Za-z0-9_-]{32,128}$/);

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export function verifyPin(pin: string, stored: string): boolean {
  const [, n, r, p, salt, hash] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!salt || !hash || !(params.N >= 2 && params.N <= MAX_N && params.r >= 1 && params.r <= 16 && params.p >= 1 && params.p <= 4)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}
