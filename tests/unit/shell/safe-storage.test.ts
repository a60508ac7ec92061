import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ safeStorage: {} }));
const { createSafeStorageProtector } = await import('../../../electron/shell/safe-storage');

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** A stand-in keystore that reverses the bytes, enough to see the key go through it and come back. */
const fakeStorage = (encryption: boolean, backend: Backend) => ({
  isEncryptionAvailable: () => encryption,
  getSelectedStorageBackend: () => backend,
  encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
  decryptString: (wrapped: Buffer) => Buffer.from(wrapped).reverse().toString('utf8'),
});

describe('safeStorage key protector', () => {
  it("refuses Linux's basic_text backend, which protects nothing", () => {
    const protector = createSafeStorageProtector(fakeStorage(true, 'basic_text'), 'linux');
    expect(protector.available()).toBe(false);
    expect(() => protector.encrypt(Buffer.alloc(32, 1))).toThrow(/not available/);
  });

  it('is unavailable when the OS has no encryption', () => {
    expect(createSafeStorageProtector(fakeStorage(false, 'gnome_libsecret'), 'linux').available()).toBe(false);
    expect(createSafeStorageProtector(fakeStorage(false, 'unknown'), 'darwin').available()).toBe(false);
  });

  it('wraps and unwraps the raw key through a real keystore', () => {
    const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
    for (const [backend, platform] of [['gnome_libsecret', 'linux'], ['unknown', 'win32']] as const) {
      const protector = createSafeStorageProtector(fakeStorage(true, backend), platform);
      expect(protector.available()).toBe(true);
      const wrapped = protector.encrypt(key);
      expect(wrapped.equals(key)).toBe(false);
      expect(protector.decrypt(wrapped).equals(key)).toBe(true);
    }
  });
});
