import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import type { StoreStatus } from '../../../../shared/domain/store';
import { ConcordError } from '../../../../shared/result';
import type { Schema } from '../domain';
import type { Clock } from '../ops/hlc';
import type { KeyProtector } from './key-protector';
import { formatRecoveryKey, keyringSchema, unwrapWithPassphrase, wrapWithPassphrase, type Keyring } from './keyring';
import { openWorkspace, type Session, type Workspace } from './workspace';
import { writeRekeyedCopy } from '../db/open';
import { fsyncDir, fsyncFile } from './durable';

export const DB_FILE = 'concord.db';
export const KEYRING_FILE = 'keyring.json';

export type UnlockInput = { passphrase: string } | { recoveryKey: string } | { keystore: true };

/** The store's life: absent, created, locked, unlocked. Holds the raw key only while unlocked. */
export class StoreService {
  private workspace: Workspace | null = null;
  /** Held while unlocked so the passphrase can be changed without asking for the old one again. */
  private rawKey: Buffer | null = null;

  constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly protector: KeyProtector | null,
    private readonly schema: Schema,
    /** Told when the store opens or closes, so listeners can attach to the workspace or let go of it. */
    private readonly onStateChange: (workspace: Workspace | null) => void = () => undefined,
  ) {}

  private get dbFile(): string {
    return join(this.dataDir, DB_FILE);
  }

  private get keyringFile(): string {
    return join(this.dataDir, KEYRING_FILE);
  }

  private get pendingKeyringFile(): string {
    return `${this.keyringFile}.next`;
  }

  /** The store under its next key while a rotation writes it; it becomes concord.db in one rename. */
  private get nextDbFile(): string {
    return `${this.dbFile}.next`;
  }

  status(): StoreStatus {
    const exists = existsSync(this.dbFile);
    const keyring = exists ? this.readKeyring() : null;
    return {
      state: this.workspace ? 'unlocked' : exists ? 'locked' : 'absent',
      deviceId: this.workspace?.device.deviceId ?? null,
      unlockMethods: exists
        ? [
            ...(keyring ? (['passphrase'] as const) : []),
            ...(keyring?.keystore && this.protector?.available() ? (['keystore'] as const) : []),
            'recoveryKey' as const,
          ]
        : [],
      dataDir: this.dataDir,
    };
  }

  create(passphrase: string, useKeystore: boolean): { recoveryKey: string; deviceId: string } {
    if (existsSync(this.dbFile)) throw new ConcordError('already_exists', `a store already exists in ${this.dataDir}`);
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const rawKey = randomBytes(32);
    const keyring: Keyring = {
      version: 1,
      passphrase: wrapWithPassphrase(rawKey, passphrase),
      keystore: useKeystore && this.protector?.available() ? { ciphertext: this.protector.encrypt(rawKey).toString('base64') } : null,
    };
    // The keyring is written first: a store whose key wrap was lost could only be opened by the recovery key.
    this.writeKeyring(keyring);
    try {
      this.open(rawKey);
    } catch (error) {
      // A store that failed to open here (a full disk, a folder gone read-only) was never shown to anyone with its
      // recovery key: left behind, it would read as locked and refuse the next create, so the folder goes back to
      // having none.
      for (const file of [this.dbFile, `${this.dbFile}-wal`, `${this.dbFile}-shm`, this.keyringFile]) rmSync(file, { force: true });
      throw error;
    }
    return { recoveryKey: formatRecoveryKey(rawKey), deviceId: this.current().device.deviceId };
  }

  unlock(input: UnlockInput): StoreStatus {
    if (this.workspace) return this.status();
    if (!existsSync(this.dbFile)) throw new ConcordError('not_initialized', 'there is no store yet: create one first');
    try {
      this.open(this.rawKeyFrom(input, this.keyringFile));
    } catch (error) {
      // A key rotation cut short after its swap: the pending keyring holds the key that opens the store now.
      const pending = existsSync(this.pendingKeyringFile) && !('recoveryKey' in input);
      if (!(error instanceof ConcordError && error.code === 'wrong_key' && pending)) throw error;
      this.open(this.rawKeyFrom(input, this.pendingKeyringFile));
      this.promotePendingKeyring();
    }
    // Whatever a rotation cut short before its swap left is stale now that concord.db is open: the copy, and a pending
    // keyring, whose key did not open it. A recovery key that opens it is never the pending one's either: that key is
    // shown only once its rotation is whole.
    this.discardRotation();
    return this.status();
  }

  /**
   * Replaces the store key and answers the new recovery key; the old recovery key stops working. The store is never
   * rewritten in place. A copy under the new key is written beside it (concord.db.next) and flushed, the new keyring
   * beside the old one (keyring.json.next) and flushed, the store is closed with its WAL emptied, and one rename puts
   * the copy in its place; then the new keyring takes over. Up to that rename the store and keyring.json are as they
   * were; after it the pending keyring names the store's key, and unlock promotes it. So a crash, whenever it comes,
   * leaves one whole store that keyring.json, or else the pending keyring, opens.
   */
  rotateKey(passphrase: string): { recoveryKey: string } {
    const ws = this.current();
    const old = this.readKeyring(this.keyringFile);
    if (!old) throw new ConcordError('not_initialized', 'the keyring is missing: set a passphrase first');
    if (!this.rawKey) throw new ConcordError('locked', 'the store is locked: unlock it first');
    // Proves the operator knows the passphrase the new key will be wrapped under.
    unwrapWithPassphrase(old.passphrase, passphrase).fill(0);
    // A copy: closing the store wipes the key it holds, and a failed swap reopens with this one.
    const oldKey = Buffer.from(this.rawKey);
    // Unlock cleared these already; a removal that failed there must not leave a journal beside the new copy.
    this.discardRotation();
    const next = randomBytes(32);
    const keystore = old.keystore && this.protector?.available() ? { ciphertext: this.protector.encrypt(next).toString('base64') } : null;
    try {
      writeRekeyedCopy(ws.db, this.nextDbFile, oldKey, next);
      fsyncFile(this.nextDbFile);
      this.writeKeyring({ version: 1, passphrase: wrapWithPassphrase(next, passphrase), keystore }, this.pendingKeyringFile);
      this.closeForSwap(ws);
      renameSync(this.nextDbFile, this.dbFile);
    } catch (error) {
      // The rename is the last step here and all or nothing: the store is still the old one, under the old key.
      this.discardRotation();
      next.fill(0);
      if (this.workspace) oldKey.fill(0);
      else this.open(oldKey, ws.session);
      throw error;
    }
    oldKey.fill(0);
    fsyncDir(this.dataDir);
    this.promotePendingKeyring();
    this.open(next, ws.session);
    return { recoveryKey: formatRecoveryKey(next) };
  }

  /**
   * Nothing may be written to the store once its copy is taken (all of a rotation runs in one turn of the event loop,
   * so nothing is), and its WAL must be empty before it goes: a WAL left beside concord.db would be replayed onto the
   * copy that takes its name.
   */
  private closeForSwap(ws: Workspace): void {
    const [checkpoint] = ws.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (!checkpoint || checkpoint.busy !== 0 || checkpoint.log !== checkpoint.checkpointed) {
      throw new ConcordError('internal', 'the store could not be checkpointed before its key rotation');
    }
    this.lock();
    for (const file of [`${this.dbFile}-wal`, `${this.dbFile}-shm`]) rmSync(file, { force: true });
  }

  private promotePendingKeyring(): void {
    renameSync(this.pendingKeyringFile, this.keyringFile);
    fsyncDir(this.dataDir);
  }

  /**
   * The copy's journal goes first: left alone beside a copy written later, it would be taken for that copy's hot
   * journal and rolled back into it.
   */
  private discardRotation(): void {
    for (const file of [`${this.nextDbFile}-journal`, this.nextDbFile, this.pendingKeyringFile, `${this.pendingKeyringFile}.tmp`]) {
      rmSync(file, { force: true });
    }
  }

  /** `session` carries who is signed in across a reopen of the same store (a key rotation). */
  private open(rawKey: Buffer, session?: Session): void {
    this.workspace = openWorkspace(this.dbFile, rawKey, this.clock, this.schema);
    if (session) Object.assign(this.workspace.session, session);
    this.rawKey = rawKey;
    this.onStateChange(this.workspace);
  }

  lock(): StoreStatus {
    if (this.workspace) {
      this.workspace.db.close();
      this.workspace = null;
      this.rawKey?.fill(0);
      this.rawKey = null;
      this.onStateChange(null);
    }
    return this.status();
  }

  /**
   * Re-wraps the same raw key; the database itself is not rewritten. An unlocked console left unattended is not
   * enough: the caller proves it knows the current passphrase (or holds the recovery key).
   */
  changePassphrase(current: { passphrase: string } | { recoveryKey: string }, newPassphrase: string): StoreStatus {
    this.current();
    const rawKey = this.rawKey;
    if (!rawKey) throw new ConcordError('locked', 'the store is locked: unlock it first');
    const proven = this.rawKeyFrom(current, this.keyringFile);
    const matches = proven.length === rawKey.length && timingSafeEqual(proven, rawKey);
    proven.fill(0);
    if (!matches) throw new ConcordError('wrong_key', 'that is not this store’s current passphrase or recovery key');
    const old = this.readKeyring();
    this.writeKeyring({ version: 1, passphrase: wrapWithPassphrase(rawKey, newPassphrase), keystore: old?.keystore ?? null });
    return this.status();
  }

  current(): Workspace {
    if (!this.workspace) {
      throw existsSync(this.dbFile)
        ? new ConcordError('locked', 'the store is locked: unlock it first')
        : new ConcordError('not_initialized', 'there is no store yet: create one first');
    }
    return this.workspace;
  }

  private rawKeyFrom(input: UnlockInput, keyringFile: string): Buffer {
    if ('recoveryKey' in input) return Buffer.from(input.recoveryKey.replace(/[\s-]/g, ''), 'hex');
    const keyring = this.readKeyring(keyringFile);
    if (!keyring) throw new ConcordError('not_initialized', 'the keyring is missing: unlock with the recovery key');
    if ('keystore' in input) {
      if (!keyring.keystore || !this.protector?.available()) throw new ConcordError('invalid_input', 'this store cannot be unlocked by the OS keystore here');
      return this.protector.decrypt(Buffer.from(keyring.keystore.ciphertext, 'base64'));
    }
    return unwrapWithPassphrase(keyring.passphrase, input.passphrase);
  }

  private readKeyring(file = this.keyringFile): Keyring | null {
    if (!existsSync(file)) return null;
    const parsed = keyringSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new ConcordError('internal', `the keyring in ${this.dataDir} is damaged: unlock with the recovery key`);
    return parsed.data;
  }

  /**
   * Written to a temporary file, flushed, then renamed over the old one, so a crash never leaves half a keyring;
   * a write that fails (a full disk) removes its half-written file and leaves the old keyring as it was.
   */
  private writeKeyring(keyring: Keyring, target = this.keyringFile): void {
    const tmp = `${target}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(keyring, null, 2), { mode: 0o600 });
      fsyncFile(tmp);
      renameSync(tmp, target);
      fsyncDir(this.dataDir);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
  }
}
