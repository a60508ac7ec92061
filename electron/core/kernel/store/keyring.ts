import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { ConcordError } from '../../../../shared/result';

/** scrypt cost: 64 MiB and about 0.2 s here, per unlock attempt. Stored per keyring so it can be raised later. */
const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;

const hex = z.string().regex(/^[0-9a-f]*$/);

const passphraseWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: hex,
  iv: hex,
  tag: hex,
  ciphertext: hex,
});

export const keyringSchema = z.object({
  version: z.literal(1),
  passphrase: passphraseWrapSchema,
  keystore: z.object({ ciphertext: z.string() }).nullable(),
});
export type Keyring = z.infer<typeof keyringSchema>;

const deriveKek = (passphrase: string, salt: Buffer, N: number, r: number, p: number): Buffer =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r });

/** Wraps the raw store key with AES-256-GCM under a key derived from the passphrase. */
export function wrapWithPassphrase(rawKey: Buffer, passphrase: string): Keyring['passphrase'] {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = deriveKek(passphrase, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const ciphertext = Buffer.concat([cipher.update(rawKey), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    tag: cipher.getAuthTag().toString('hex'),
    ciphertext: ciphertext.toString('hex'),
  };
}

/** The raw key, or `wrong_key` when the passphrase does not open the wrap (the GCM tag tells). */
export function unwrapWithPassphrase(wrap: Keyring['passphrase'], passphrase: string): Buffer {
  const kek = deriveKek(passphrase, Buffer.from(wrap.salt, 'hex'), wrap.N, wrap.r, wrap.p);
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'hex'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'hex'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'hex')), decipher.final()]);
  } catch {
    throw new ConcordError('wrong_key', 'That passphrase does not open this store.');
  }
}

/** The recovery key as people copy it: 64 hex digits in groups of eight. */
export const formatRecoveryKey = (rawKey: Buffer): string => rawKey.toString('hex').match(/.{8}/g)?.join('-') ?? '';
