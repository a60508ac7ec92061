import type { Db } from './open';

/** How long the store stays quiet before the WAL is copied into the database. */
export const CHECKPOINT_IDLE_MS = 1_000;

/**
 * Answers a nudge to call after each write: once writes pause for `idleMs`, the WAL is checkpointed. SQLite's own
 * checkpoint runs inside the commit that crosses its threshold, and with this cipher (a VFS that decrypts each WAL
 * page it reads and encrypts it again for the database) it is the dearest part of a burst; so a catch-up applies
 * without pausing for it, and the copy happens once the burst is over, each page once rather than per version.
 */
export function checkpointWhenIdle(db: Db, idleMs = CHECKPOINT_IDLE_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  const checkpoint = () => {
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
  };
  return () => {
    // Refreshing one timer costs less than a new one per commit, and restarts it after it has fired.
    if (timer) timer.refresh();
    else {
      timer = setTimeout(checkpoint, idleMs);
      // A pending checkpoint never keeps the process alive; SQLite checkpoints on close anyway.
      timer.unref();
    }
  };
}
