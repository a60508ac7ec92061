import sodium from 'sodium-native';
import { ConcordError } from '../../../../shared/result';
import type { Keyring } from '../../../../shared/domain/support';
import { sodiumSecretKey, type SigningKey } from '../../kernel/ops/signing';

/**
 * Sealed fields of a household, with libsodium's own constructions only: a random content key K per household and
 * key generation; details and contact notes are XChaCha20-Poly1305 under K with what they belong to as associated
 * data (so a ciphertext moved to another household, field or contact no longer opens); K reaches each reader as a
 * sealed box (X25519, from the Ed25519 key their PIN wraps). Every secret buffer is zeroed once used.
 */

const KEY_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
const NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
const TAG_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;

const b64 = (b: Buffer): string => b.toString('base64url');

/** The X25519 key pair of a signed-in person, for opening the boxes sealed to them. Call `wipe` when done. */
export interface OpenerKey {
  personId: string;
  /** The Ed25519 public key (hex) it derives from: a box sealed to another key of the same person does not open. */
  signingKeyHex: string;
  curvePk: Buffer;
  curveSk: Buffer;
  wipe(): void;
}

export function openerOf(personId: string, key: SigningKey): OpenerKey {
  const edPk = Buffer.from(key.publicKeyHex, 'hex');
  const edSk = sodiumSecretKey(key);
  const curvePk = Buffer.alloc(sodium.crypto_box_PUBLICKEYBYTES);
  const curveSk = sodium.sodium_malloc(sodium.crypto_box_SECRETKEYBYTES);
  sodium.crypto_sign_ed25519_pk_to_curve25519(curvePk, edPk);
  sodium.crypto_sign_ed25519_sk_to_curve25519(curveSk, edSk);
  sodium.sodium_memzero(edSk);
  return { personId, signingKeyHex: key.publicKeyHex, curvePk, curveSk, wipe: () => sodium.sodium_memzero(curveSk) };
}

export function newContentKey(): Buffer {
  const k = sodium.sodium_malloc(KEY_BYTES);
  sodium.crypto_aead_xchacha20poly1305_ietf_keygen(k);
  return k;
}

export const wipe = (keys: Iterable<Buffer>): void => {
  for (const k of keys) sodium.sodium_memzero(k);
};

/** K sealed to a person's Ed25519 public key (hex). */
export function sealKeyTo(k: Buffer, publicKeyHex: string): string {
  const curvePk = Buffer.alloc(sodium.crypto_box_PUBLICKEYBYTES);
  sodium.crypto_sign_ed25519_pk_to_curve25519(curvePk, Buffer.from(publicKeyHex, 'hex'));
  const box = Buffer.alloc(KEY_BYTES + sodium.crypto_box_SEALBYTES);
  sodium.crypto_box_seal(box, k, curvePk);
  return b64(box);
}

/** Every generation's K the opener's boxes open, by generation: the caller wipes them. */
export function openKeys(keyring: Keyring, opener: OpenerKey): Map<number, Buffer> {
  const keys = new Map<number, Buffer>();
  for (const { gen, boxes } of keyring.generations) {
    const mine = boxes.find((b) => b.personId === opener.personId && b.publicKey === opener.signingKeyHex);
    if (!mine) continue;
    const box = Buffer.from(mine.box, 'base64url');
    const k = sodium.sodium_malloc(KEY_BYTES);
    if (box.length === KEY_BYTES + sodium.crypto_box_SEALBYTES && sodium.crypto_box_seal_open(k, box, opener.curvePk, opener.curveSk)) keys.set(gen, k);
  }
  return keys;
}

/** What a sealed text belongs to, bound in as associated data. */
export const detailsAd = (householdId: string): string => `concord support v1:household:${householdId}:details`;
export const noteAd = (householdId: string, contactId: string): string => `concord support v1:household:${householdId}:contact:${contactId}:note`;

export function sealText(plain: string, gen: number, k: Buffer, ad: string): string {
  const message = Buffer.from(plain, 'utf8');
  const nonce = Buffer.alloc(NONCE_BYTES);
  sodium.randombytes_buf(nonce);
  const out = Buffer.alloc(message.length + TAG_BYTES);
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(out, message, Buffer.from(ad), null, nonce, k);
  sodium.sodium_memzero(message);
  return `v1.${gen}.${b64(nonce)}.${b64(out)}`;
}

/** The generation a sealed text was written under. */
export const generationOf = (sealed: string): number => Number(sealed.split('.')[1]);

/** The plaintext, or null when none of the keys opens it (another generation, or altered). */
export function openText(sealed: string, keys: ReadonlyMap<number, Buffer>, ad: string): string | null {
  const [, gen, nonce, body] = sealed.split('.');
  const k = keys.get(Number(gen));
  if (!k || !nonce || !body) return null;
  const cipher = Buffer.from(body, 'base64url');
  if (cipher.length < TAG_BYTES) return null;
  const plain = Buffer.alloc(cipher.length - TAG_BYTES);
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(plain, null, cipher, Buffer.from(ad), Buffer.from(nonce, 'base64url'), k);
    return plain.toString('utf8');
  } catch {
    return null;
  } finally {
    sodium.sodium_memzero(plain);
  }
}

/** The signed-in person's opener, or a clear refusal: only a reader, signed in, writes what is sealed. */
export function requireOpener(session: { personId: string; key: SigningKey } | null, what: string): OpenerKey {
  if (!session) throw new ConcordError('forbidden', `sign in first: ${what} is sealed to the household's readers`);
  return openerOf(session.personId, session.key);
}
