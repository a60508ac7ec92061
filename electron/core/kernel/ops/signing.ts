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
