import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { generateSigningKey, privateKeyToDer, signingKeyFromDer, type SigningKey } from '../../kernel/ops/signing';

/**
 * scrypt parameters for the PIN a person's signing key is wrapped under. The wrapped key replicates to every
 * console, so an insider can try PINs offline: one guess costs about 0.8 s and 256 MiB on one core here
 * (`npm run bench -- pin` measures it), so the 10^8 PINs of 8 digits, the least an approver or commander may
 * hold, take about 57 days on 16 cores, near twice the 30 days asked, leaving room for a faster machine. A sign-in
 * pays one guess.
 */
const N = 2 ** 18;
const R = 8;
const P = 1;
/** A wrap from a peer carries its own parameters: cheaper ones are refused (they would invite guessing), costlier ones too (they would stall a sign-in). */
const MAX_N = 2 ** 19;

/** `scrypt$N$r$p$salt$iv$ciphertext`, base64url: AES-256-GCM of the PKCS#8 private key, its tag at the end. */
export const keyWrapSchema = z
  .string()
  .max(400)
  .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{16}\$[A-Za-z0-9_-]{40,200}$/);

export const publicKeySchema = z.string().regex(/^[0-9a-f]{64}$/);

const kdf = (pin: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(pin, salt, 32, { ...params, maxmem: 256 * (params.N ?? N) * (params.r ?? R) + 32 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** The wrap is bound to the person and the key it holds: moved to another person or key, it no longer opens. */
const aadOf = (personId: string, publicKeyHex: string): Buffer => Buffer.from(`concord person key v1:${personId}:${publicKeyHex}`);

export interface WrappedKey {
  publicKey: string;
  keyWrap: string;
}

/** A new signing key for a person, wrapped under their PIN; the private key stays in memory only for the caller. */
export async function newPersonKey(personId: string, pin: string): Promise<{ wrapped: WrappedKey; key: SigningKey }> {
  const key = generateSigningKey();
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const secret = await kdf(pin, salt, { N, r: R, p: P });
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  cipher.setAAD(aadOf(personId, key.publicKeyHex));
  const sealed = Buffer.concat([cipher.update(privateKeyToDer(key.privateKey)), cipher.final(), cipher.getAuthTag()]);
  secret.fill(0);
  const keyWrap = ['scrypt', N, R, P, salt.toString('base64url'), iv.toString('base64url'), sealed.toString('base64url')].join('$');
  return { wrapped: { publicKey: key.publicKeyHex, keyWrap }, key };
}

/** The person's signing key if the PIN opens its wrap, else null (a wrong PIN, or a wrap that is not theirs). */
export async function openPersonKey(personId: string, wrapped: WrappedKey, pin: string): Promise<SigningKey | null> {
  const [, n, r, p, salt, iv, sealed] = wrapped.keyWrap.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!salt || !iv || !sealed || !(params.N >= N && params.N <= MAX_N && params.r === R && params.p === P)) return null;
  const secret = await kdf(pin, Buffer.from(salt, 'base64url'), params);
  const body = Buffer.from(sealed, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, Buffer.from(iv, 'base64url'));
    decipher.setAAD(aadOf(personId, wrapped.publicKey));
    decipher.setAuthTag(body.subarray(body.length - 16));
    const key = signingKeyFromDer(Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]));
    return key.publicKeyHex === wrapped.publicKey ? key : null;
  } catch {
    return null;
  } finally {
    secret.fill(0);
  }
}
