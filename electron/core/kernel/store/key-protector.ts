/**
 * An OS keystore that can wrap the store key (Electron safeStorage on the desktop). The core never imports
 * Electron: the shell hands an implementation in, and the web host and tests run without one.
 */
export interface KeyProtector {
  /** False where the keystore would not really protect the key (Linux's `basic_text` backend, for one). */
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(wrapped: Buffer): Buffer;
}
