import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConcord, type Concord } from '../../electron/core/app/concord';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { httpStatusFor, type Result } from '../../shared/result';
import { COMMANDER, PASSPHRASE, codeOf, tempConcord, tempDir, unwrap } from '../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

/** What a write must leave as it was when it fails: the incident's state hash and op count, and its log. */
const snapshot = async (t: Console, incidentId: string) => ({
  state: await t.call('incident:stateHash', { id: incidentId }),
  logged: (await t.call('log:list', { incidentId })).total,
});

/** A core's call answering the method's own output type, throwing on a failed envelope. */
const valueOf = async <M extends MethodName>(concord: Concord, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
  unwrap((await concord.call(method, input)) as Result<MethodOutput<M>>);

const errorCode = (answer: { ok: boolean; error?: { code: string } }) => (answer.ok ? 'ok' : answer.error?.code);

// These run as root, like the namespace tests of sync (CI runs as root): root can mount, which is how a test makes a
// folder really read-only, or really full, for root.
/** Runs `body` while `dir` is seen through a read-only bind mount, then makes it writable again. */
async function whileReadOnly<T>(dir: string, body: () => T | Promise<T>): Promise<T> {
  execFileSync('mount', ['--bind', dir, dir]);
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
    return await body();
  } finally {
    execFileSync('umount', [dir]);
  }
}

const PAGE = 4096;

/** Fills the tmpfs holding `dir` but for `leavePages` pages, and answers how to give the space back. */
function fillDisk(dir: string, leavePages = 0): () => void {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'a');
  try {
    for (const block of [Buffer.alloc(64 * 1024), Buffer.alloc(PAGE)]) {
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
  truncateSync(filler, statSync(filler).size - leavePages * PAGE);
  return () => rmSync(filler);
}

describe('a full disk and a read-only folder', () => {
  it('gives both conditions their own codes and HTTP statuses', () => {
    expect(httpStatusFor.disk_full).toBe(507);
    expect(httpStatusFor.read_only).toBe(503);
  });

  it('answers disk_full to a note the database has no room for, keeps nothing of it, and takes the same note once there is room', async () => {
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: 'Riverside', kind: 'other', mode: 'real', commander: COMMANDER });
      const before = await snapshot(t, incident.id);
      const { db } = t.concord.store.current();
      // SQLite's own cap on the file's pages: the next page the note needs is refused with SQLITE_FULL, as on a full disk.
      const pages = db.pragma('page_count', { simple: true }) as number;
      expect(db.pragma('freelist_count', { simple: true })).toBe(0);
      db.pragma(`max_page_count=${pages}`);
      // Longer than a page, so it cannot fit in the room left on pages already there.
      const note = { incidentId: incident.id, text: 'é'.repeat(4000) };

      const refused = await t.concord.call('log:note', note);
      expect(errorCode(refused)).toBe('disk_full');
      expect(refused.ok ? '' : refused.error.message).toMatch(/free some space/);
      expect(await snapshot(t, incident.id)).toEqual(before);

      db.pragma('max_page_count=4294967294');
      await t.call('log:note', note);
      const after = await snapshot(t, incident.id);
      expect(after.state.ops).toBe(before.state.ops + 1);
      expect(after.logged).toBe(before.logged + 1);
    } finally {
      t.close();
    }
  });

  it('answers read_only to a write SQLite refuses as read-only, keeps nothing of it, and takes it once writes are allowed', async () => {
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: 'Harbour', kind: 'other', mode: 'real', commander: COMMANDER });
      const before = await snapshot(t, incident.id);
      const { db } = t.concord.store.current();
      // Root writes through permission bits, and a mount made read-only under an open database does not reach
      // the handle it already has; query_only makes SQLite itself answer SQLITE_READONLY mid-transaction.
      db.pragma('query_only=1');
      const refused = await t.concord.call('log:note', { incidentId: incident.id, text: 'Cordon holding' });
      expect(errorCode(refused)).toBe('read_only');
      expect(refused.ok ? '' : refused.error.message).toMatch(/permissions/);
      expect(await snapshot(t, incident.id)).toEqual(before);

      db.pragma('query_only=0');
      await t.call('log:note', { incidentId: incident.id, text: 'Cordon holding' });
      expect((await snapshot(t, incident.id)).state.ops).toBe(before.state.ops + 1);
    } finally {
      t.close();
    }
  });

  it('on a folder mounted read-only: refuses to start there, and store creation, unlock and passphrase change answer read_only and change nothing', async () => {
    const data = tempDir();
    try {
      expect(await whileReadOnly(data.dir, () => codeOf(() => createConcord({ dataDir: data.dir, log: () => undefined })))).toBe('read_only');

      const concord = createConcord({ dataDir: data.dir, log: () => undefined });
      try {
        const files = readdirSync(data.dir);
        expect(errorCode(await whileReadOnly(data.dir, () => concord.call('store:create', { passphrase: PASSPHRASE })))).toBe('read_only');
        expect(readdirSync(data.dir)).toEqual(files);
        unwrap(await concord.call('store:create', { passphrase: PASSPHRASE }));

        expect(errorCode(await whileReadOnly(data.dir, () => concord.call('store:changePassphrase', { current: { passphrase: PASSPHRASE }, newPassphrase: 'a brand new passphrase' })))).toBe('read_only');
        unwrap(await concord.call('store:lock', {}));
        const unlocked = await whileReadOnly(data.dir, () => concord.call('store:unlock', { passphrase: PASSPHRASE }));
        expect(errorCode(unlocked)).toBe('read_only');
        expect(unwrap(await concord.call('store:status', {})).state).toBe('locked');
        expect(unwrap(await concord.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
      } finally {
        concord.close();
      }
    } finally {
      data.cleanup();
    }
  });

  it('on a real full disk: store creation, a note, a passphrase change and unlock answer disk_full and lose nothing; each goes through once space is freed', async () => {
    const data = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', data.dir]);
    try {
      const concord = createConcord({ dataDir: data.dir, log: () => undefined });
      try {
        const files = readdirSync(data.dir);
        // No room at all; room for the keyring but not the database; room for its first pages but not the rest.
        for (const leavePages of [0, 1, 20]) {
          const freeSpace = fillDisk(data.dir, leavePages);
          expect(errorCode(await concord.call('store:create', { passphrase: PASSPHRASE })), `${leavePages} pages left`).toBe('disk_full');
          freeSpace();
          // Nothing half-made is left: no keyring without its store, no store whose recovery key no one was shown.
          expect(readdirSync(data.dir)).toEqual(files);
          expect(unwrap(await concord.call('store:status', {})).state).toBe('absent');
        }
        unwrap(await concord.call('store:create', { passphrase: PASSPHRASE }));

        const incident = await valueOf(concord, 'incident:create', { name: 'Canal Street', kind: 'other', mode: 'real', commander: COMMANDER });
        const before = await valueOf(concord, 'incident:stateHash', { id: incident.id });
        let freeSpace = fillDisk(data.dir);
        expect(errorCode(await concord.call('log:note', { incidentId: incident.id, text: 'Road closed at the bridge' }))).toBe('disk_full');
        expect(await valueOf(concord, 'incident:stateHash', { id: incident.id })).toEqual(before);
        expect(errorCode(await concord.call('store:changePassphrase', { current: { passphrase: PASSPHRASE }, newPassphrase: 'a brand new passphrase' }))).toBe('disk_full');
        freeSpace();
        unwrap(await concord.call('log:note', { incidentId: incident.id, text: 'Road closed at the bridge' }));
        expect((await valueOf(concord, 'incident:stateHash', { id: incident.id })).ops).toBe(before.ops + 1);

        // Opening the store needs room for its WAL index; the failed passphrase change left the keyring as it was.
        unwrap(await concord.call('store:lock', {}));
        freeSpace = fillDisk(data.dir);
        expect(errorCode(await concord.call('store:unlock', { passphrase: PASSPHRASE }))).toBe('disk_full');
        expect(unwrap(await concord.call('store:status', {})).state).toBe('locked');
        freeSpace();
        expect(unwrap(await concord.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
      } finally {
        concord.close();
      }
    } finally {
      execFileSync('umount', [data.dir]);
      data.cleanup();
    }
  });
});
