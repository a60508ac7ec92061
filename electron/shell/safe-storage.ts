import { safeStorage } from 'electron';
import type { KeyProtector } from '../core/store/key-protector';

type SafeStorage = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

/**
 * The OS keystore behind Electron's safeStorage. On Linux without a secret service, safeStorage falls back to
 * `basic_text`, a hard-coded key that protects nothing: the store then asks for the passphrase instead.
 */
export function createSafeStorageProtector(storage: SafeStorage = safeStorage, platform: NodeJS.Platform = process.platform): KeyProtector {
  const available = () => storage.isEncryptionAvailable() && !(platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text');
  const requireAvailable = () => {
    if (!available()) throw new Error('the OS keystore is not available');
  };
  return {
    available,
    // safeStorage takes strings; base64 keeps the raw key bytes intact through it.
    encrypt(plain) {
      requireAvailable();
      return storage.encryptString(plain.toString('base64'));
    },
    decrypt(wrapped) {
      requireAvailable();
      return Buffer.from(storage.decryptString(wrapped), 'base64');
    },
  };
}
