import sodium from 'sodium-native';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, hash, sign, verify, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair in the form signing needs: a device's, or a person's while they are signed in. */
export interface SigningKey {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export interface DeviceKeys extends SigningKey {
  deviceId: string;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A device id is derived from its public key, so an op can never claim another device's identity. */
export const deviceIdFor = (publicKeyHex: string): string =>
  createHash('sha256').update(Buffer.from(publicKeyHex, 'hex')).digest('hex').slice(0, 32);

export function generateDeviceKeys(): { keys: DeviceKeys; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = rawPublicKey(publicKey);
  return {
    keys: { deviceId: deviceIdFor(publicKeyHex), publicKeyHex, privateKey },
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A person's key pair; the private key leaves memory only wrapped under their PIN (roster/person-key.ts). */
export function generateSigningKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyHex: rawPublicKey(publicKey), privateKey };
}

export const privateKeyToDer = (key: KeyObject): Buffer => key.export({ type: 'pkcs8', format: 'der' });

/** PKCS#8 DER of an Ed25519 private key ends with its 32-byte seed. */
const SEED_BYTES = 32;

/**
 * The key in libsodium's form (its seed then its public key) for libsodium's own constructions, in secure memory:
 * the caller zeroes it once used.
 */
export function sodiumSecretKey(key: SigningKey): Buffer {
  const der = privateKeyToDer(key.privateKey);
  const seed = sodium.sodium_malloc(SEED_BYTES);
  der.copy(seed, 0, der.length - SEED_BYTES);
  sodium.sodium_memzero(der);
  const publicKey = Buffer.alloc(sodium.crypto_sign_PUBLICKEYBYTES);
  const secretKey = sodium.sodium_malloc(sodium.crypto_sign_SECRETKEYBYTES);
  sodium.crypto_sign_seed_keypair(publicKey, secretKey, seed);
  sodium.sodium_memzero(seed);
  if (publicKey.toString('hex') !== key.publicKeyHex) throw new Error('the signing key does not give back its own public key');
  return secretKey;
}

export function signingKeyFromDer(der: Buffer): SigningKey {
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return { publicKeyHex: rawPublicKey(createPublicKey(privateKey)), privateKey };
}

export function loadDeviceKeys(publicKeyHex: string, privateKeyPem: string): DeviceKeys {
  return { deviceId: deviceIdFor(publicKeyHex), publicKeyHex, privateKey: createPrivateKey(privateKeyPem) };
}

const rawPublicKey = (key: KeyObject): string => key.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex');

const publicKeyCache = new Map<string, KeyObject>();

function publicKeyObject(publicKeyHex: string): KeyObject {
  let key = publicKeyCache.get(publicKeyHex);
  if (!key) {
    key = createPublicKey({
      key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
      format: 'der',
      type: 'spki',
    });
    publicKeyCache.set(publicKeyHex, key);
  }
  return key;
}

export const signHex = (privateKey: KeyObject, hashHex: string): string =>
  sign(null, Buffer.from(hashHex, 'hex'), privateKey).toString('hex');

export const verifyHex = (publicKeyHex: string, hashHex: string, sigHex: string): boolean =>
  verify(null, Buffer.from(hashHex, 'hex'), publicKeyObject(publicKeyHex), Buffer.from(sigHex, 'hex'));

/** One-shot `hash` costs half of a `createHash` object, and every op is hashed when written and when received. */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');
