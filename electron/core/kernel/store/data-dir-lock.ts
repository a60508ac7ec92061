import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { ConcordError } from '../../../../shared/result';
import { codeOf, storageCondition } from './storage-errors';

const LOCK_FILE = 'concord.lock';

export interface DataDirLock {
  /** Lets the folder go; the OS lets it go anyway when the process ends, however it ends. */
  release(): void;
}

/**
 * Takes the data folder for this console alone, so a second console never runs on the same store and device id.
 *
 * The lock is SQLite's own file lock on `concord.lock`, held in exclusive locking mode for as long as the
 * connection stays open: an OS lock (POSIX `fcntl` here, `LockFileEx` on Windows), so it dies with the process,
 * even one killed with SIGKILL, and the next start takes it at once; no stale lock to detect or clean up.
 * SQLite tracks its locks per file inside the process as well, so a second taker in the same process is refused
 * too. It is the driver the store already ships, so the lock needs no other native module.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  let db: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // Opened for writing first so that a folder or file that cannot be written says so (EROFS, EACCES) here: SQLite
    // would fall back to a read-only connection, and its locks would then keep no one out.
    closeSync(openSync(file, 'a', 0o600));
    // No busy timeout: a folder in use is answered at once, not after waiting for the other console to quit.
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    throw refusal(error, dataDir);
  }
  try {
    db.pragma('locking_mode=EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if (codeOf(error) === 'SQLITE_BUSY') throw inUse(dataDir, file);
    throw refusal(error, dataDir);
  }
  recordHolder(db);
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * The holder's pid goes in the header's user_version (bytes 60–63, big-endian), where a refused console can read
 * it without SQLite: the lock covers bytes past the header, never the header itself. Only a courtesy for the
 * message, so a disk too full to take the write keeps the lock all the same.
 */
function recordHolder(db: Database.Database): void {
  try {
    db.pragma(`user_version=${process.pid}`);
  } catch (error) {
    if (!storageCondition(error)) throw error;
  }
}

function holderPid(file: string): number | null {
  const header = Buffer.alloc(4);
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    if (readSync(fd, header, 0, 4, 60) !== 4) return null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const pid = header.readUInt32BE(0);
  return pid > 0 && isAlive(pid) ? pid : null;
}

/** A pid left by an earlier holder whose write of its own failed names a process that is gone: not worth naming. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === 'EPERM';
  }
}

function inUse(dataDir: string, file: string): ConcordError {
  const pid = holderPid(file);
  const holder = pid === null ? 'another Concord console' : pid === process.pid ? 'another Concord console in this process' : `another Concord console (process ${pid})`;
  return new ConcordError('data_dir_in_use', `the data folder ${dataDir} is already in use by ${holder}: close it first, or set CONCORD_DATA_DIR to another folder.`);
}

function refusal(error: unknown, dataDir: string): unknown {
  switch (storageCondition(error)) {
    case 'disk_full':
      return new ConcordError('disk_full', `cannot start on the data folder ${dataDir}: its disk is full. Free some space, then start again.`);
    case 'read_only':
      return new ConcordError(
        'read_only',
        `cannot start on the data folder ${dataDir}: it cannot be written. Check the folder's permissions and that its disk is not mounted read-only, then start again.`,
      );
    case null:
      return error;
  }
}
