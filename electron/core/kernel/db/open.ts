import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Statement } from 'better-sqlite3-multiple-ciphers';
import { ConcordError } from '../../../../shared/result';

export type Db = Database.Database;

/**
 * Opens a SQLCipher 4 database keyed with a raw 32-byte key (no KDF: the key is already random),
 * so that the stock `sqlcipher` tool opens it with `PRAGMA key = "x'…'"`. Pass `null` for a plain
 * database (the benchmark's baseline only).
 */
export function openDatabase(file: string, rawKey: Buffer | null, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw options.readonly ? error : whyCannotOpen(error, file);
  }
  try {
    if (rawKey) applyKey(db, rawKey);
    // The key pragma always succeeds; the first read is what tells a wrong key.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // Inside the same guard: switching to WAL writes, and a full disk refuses it, which must not leak the handle.
    configure(db, options.readonly ?? false);
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw new ConcordError('wrong_key', 'The key does not open this store.');
    throw options.readonly ? error : whyCannotOpen(error, file);
  }
  cachePreparedStatements(db);
  return db;
}

function configure(db: Db, readonly: boolean): void {
  // Temporary tables and sorts stay in memory so nothing decrypted spills to a temp file.
  db.pragma('temp_store=MEMORY');
  // 64 MiB of decrypted pages stay cached, so reads of hot pages skip decryption.
  db.pragma('cache_size=-65536');
  // SQLite's own checkpoint only past 64k pages (256 MiB of WAL): a 100k-op catch-up (about 50k pages) is never
  // stopped for one; the store checkpoints when idle instead (checkpoint.ts), and the WAL file is cut back to
  // 64 MiB after each checkpoint.
  db.pragma('wal_autocheckpoint=65536');
  db.pragma(`journal_size_limit=${64 * 1024 * 1024}`);
  if (!readonly) {
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=NORMAL');
  }
  db.pragma('foreign_keys=ON');
}

const STATEMENT_CACHE_SIZE = 512;

/**
 * Preparing a statement costs more than running most of ours, and the services prepare as they go, so `prepare`
 * answers the statement already made for the same SQL. A reused statement gets its default row mode back, since
 * `raw()`, `pluck()` and `expand()` change the statement itself. Least recently used statements are dropped past
 * the cap (SQL with a variable number of placeholders makes new texts).
 */
function cachePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql);
      cache.set(sql, hit);
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const made = prepare(sql);
    cache.set(sql, made);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
    return made;
  };
  db.prepare = cached as Db['prepare'];
}

/**
 * SQLite answers SQLITE_CANTOPEN alike for a missing folder and for one it may not write its WAL and shared-memory
 * files into (a writer needs both); the folder's own write access tells the second apart, and its error (EROFS,
 * EACCES) names the cause.
 */
function whyCannotOpen(error: unknown, file: string): unknown {
  if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CANTOPEN')) return error;
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (accessError) {
    return accessError;
  }
  return error;
}

function isNotADatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_NOTADB';
}

function applyKey(db: Db, rawKey: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${rawKey.toString('hex')}'"`);
}

/**
 * Writes a copy of `db` (all of it: schema, rows, user_version) to the new file `file`, keyed with `newRawKey`; `db`
 * itself is only read. This build has no `sqlcipher_export` and takes no keyed URI (it is built with
 * SQLITE_USE_URI=0), so `VACUUM INTO` copies under the current key and the copy is then rekeyed. The copy is not
 * flushed: a copy cut short is thrown away, so the caller flushes it once, when whole.
 */
export function writeRekeyedCopy(db: Db, file: string, rawKey: Buffer, newRawKey: Buffer): void {
  db.prepare('VACUUM INTO ?').run(file);
  const copy = new Database(file, { fileMustExist: true });
  try {
    applyKey(copy, rawKey);
    // Rekey is refused in WAL mode; a rollback journal on disk would only be more to write and clean up.
    copy.pragma('journal_mode=MEMORY');
    copy.pragma('synchronous=OFF');
    copy.pragma(`rekey="x'${newRawKey.toString('hex')}'"`);
  } finally {
    copy.close();
  }
}
