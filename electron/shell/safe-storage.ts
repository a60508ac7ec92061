import { safeStorage } from 'electron';
import type { KeyProtector } from '../core/kernel/store/key-protector';

/**
 * The synchronous safeStorage calls, as the core's synchronous KeyProtector needs them. Electron 45 deprecates them
 * and Electron 46 removes them for isAsyncEncryptionAvailable, encryptStringAsync and decryptStringAsync (which opens
 * what encryptString wrapped): before the move to 46, KeyProtector and the store calls that use it must become async.
 */
interface SyncSafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend: (typeof safeStorage)['getSelectedStorageBackend'];
}

/**
 * The OS keystore behind Electron's safeStorage. On Linux without a secret service, safeStorage falls back to
 * `basic_text`, a hard-coded key that protects nothing: the store then asks for the passphrase instead.
 */
export function createSafeStorageProtector(storage: SyncSafeStorage = safeStorage, platform: NodeJS.Platform = process.platform): KeyProtector {
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
