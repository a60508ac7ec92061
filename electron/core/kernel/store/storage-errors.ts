import { ConcordError } from '../../../../shared/result';

/**
 * SQLite's codes (better-sqlite3 reports the extended one, e.g. `SQLITE_READONLY_DBMOVED`) and Node's errnos
 * that mean the disk is full or the folder cannot be written: conditions the operator can fix, so they answer
 * a typed error that says how instead of `internal`.
 */
// SQLITE_IOERR_SHMSIZE: the WAL index file could not grow, which SQLite reports when its write of the new pages
// meets ENOSPC (it writes them to have them allocated, rather than fault on a full disk later).
const DISK_FULL = /^(SQLITE_FULL|SQLITE_IOERR_SHMSIZE$|ENOSPC|EDQUOT)/;
const READ_ONLY = /^(SQLITE_READONLY|EROFS|EACCES|EPERM)/;

const DISK_FULL_MESSAGE = 'The disk holding the data folder is full, so nothing was saved: free some space, then try again.';
const READ_ONLY_MESSAGE =
  "The data folder cannot be written, so nothing was saved: check the folder's permissions and that its disk is not mounted read-only, then try again.";

export function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Which of the two conditions `error` reports, or null when it is neither. */
export function storageCondition(error: unknown): 'disk_full' | 'read_only' | null {
  const code = codeOf(error);
  if (code === null) return null;
  if (DISK_FULL.test(code)) return 'disk_full';
  if (READ_ONLY.test(code)) return 'read_only';
  return null;
}

/** The typed error a write that failed for want of space or of write access answers, or null for any other error. */
export function storageFailure(error: unknown): ConcordError | null {
  const condition = storageCondition(error);
  if (condition === null) return null;
  return new ConcordError(condition, condition === 'disk_full' ? DISK_FULL_MESSAGE : READ_ONLY_MESSAGE);
}
