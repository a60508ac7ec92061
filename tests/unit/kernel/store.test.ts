import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConcord } from '../../../electron/core/app/concord';
import { wrapWithPassphrase } from '../../../electron/core/kernel/store/keyring';
import { COMMANDER, PASSPHRASE, tempConcord, unwrap } from '../../fixtures/temp-store';

const fingerprint = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('the encrypted store', () => {
  let close: () => void = () => undefined;
  afterEach(() => close());

  it('is absent, then created and unlocked, then locked, then unlocked by the passphrase', async () => {
    const t = await tempConcord();
    close = t.close;
    expect(t.recoveryKey).toMatch(/^([0-9a-f]{8}-){7}[0-9a-f]{8}$/);
    const incident = await t.call('incident:create', { name: 'Riverside attack', kind: 'hate-motivated attack', mode: 'real', commander: COMMANDER });
    expect((await t.call('store:lock', {})).state).toBe('locked');
    const locked = await t.concord.call('incident:list', {});
    expect(locked).toEqual({ ok: false, error: { code: 'locked', message: expect.any(String) } });
    expect((await t.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect((await t.call('incident:get', { id: incident.id })).name).toBe('Riverside attack');
  });

  it('refuses a wrong passphrase with wrong_key and leaves every file untouched', async () => {
    const t = await tempConcord();
    close = t.close;
    await t.call('incident:create', { name: 'Canal Street', kind: 'other', mode: 'exercise', commander: COMMANDER });
    await t.call('store:lock', {});
    const before = fingerprint(t.dir);
    const answer = await t.concord.call('store:unlock', { passphrase: 'not the passphrase' });
    expect(answer).toEqual({ ok: false, error: { code: 'wrong_key', message: expect.any(String) } });
    expect(fingerprint(t.dir)).toEqual(before);
    expect(unwrap(await t.concord.call('store:status', {})).state).toBe('locked');
  });

  it('opens with the recovery key alone, in any grouping or case, and then takes a new passphrase', async () => {
    const t = await tempConcord();
    close = t.close;
    await t.call('incident:create', { name: 'Harbour', kind: 'other', mode: 'real', commander: COMMANDER });
    await t.call('store:lock', {});
    const spaced = t.recoveryKey.toUpperCase().replace(/-/g, ' ');
    expect((await t.call('store:unlock', { recoveryKey: spaced })).state).toBe('unlocked');
    // An unlocked console is not enough to change its passphrase: the current one (or the recovery key) is asked.
    expect((await t.concord.call('store:changePassphrase', { newPassphrase: 'a brand new passphrase' })).ok).toBe(false);
    const wrong = await t.concord.call('store:changePassphrase', { current: { passphrase: 'not the passphrase' }, newPassphrase: 'a brand new passphrase' });
    expect(wrong.ok ? null : wrong.error.code).toBe('wrong_key');
    await t.call('store:changePassphrase', { current: { recoveryKey: t.recoveryKey }, newPassphrase: 'a brand new passphrase' });
    await t.call('store:lock', {});
    expect((await t.concord.call('store:unlock', { passphrase: PASSPHRASE })).ok).toBe(false);
    expect((await t.call('store:unlock', { passphrase: 'a brand new passphrase' })).state).toBe('unlocked');
    expect(await t.call('incident:list', {})).toHaveLength(1);
  });

  it('refuses a wrong recovery key with wrong_key', async () => {
    const t = await tempConcord();
    close = t.close;
    await t.call('store:lock', {});
    const answer = await t.concord.call('store:unlock', { recoveryKey: 'ab'.repeat(32) });
    expect(answer.ok ? null : answer.error.code).toBe('wrong_key');
  });

  it('answers not_initialized before a store exists and already_exists on a second create', async () => {
    const t = await tempConcord();
    close = t.close;
    const again = await t.concord.call('store:create', { passphrase: 'another long passphrase' });
    expect(again.ok ? null : again.error.code).toBe('already_exists');
    const fresh = createConcord({ dataDir: join(t.dir, 'empty'), log: () => undefined });
    const listed = await fresh.call('incident:list', {});
    expect(listed.ok ? null : listed.error.code).toBe('not_initialized');
    expect(unwrap(await fresh.call('store:status', {})).state).toBe('absent');
  });

  it('refuses a short passphrase at creation with a typed error and creates nothing', async () => {
    const t = await tempConcord();
    close = t.close;
    const fresh = createConcord({ dataDir: join(t.dir, 'second'), log: () => undefined });
    const answer = await fresh.call('store:create', { passphrase: 'short' });
    expect(answer.ok ? null : answer.error.code).toBe('invalid_input');
    expect(unwrap(await fresh.call('store:status', {})).state).toBe('absent');
  });

  it('rotates the store key: the old recovery key stops opening it, the passphrase and the new recovery key do', async () => {
    const t = await tempConcord();
    close = t.close;
    await t.call('incident:create', { name: 'Rotated', kind: 'other', mode: 'real', commander: COMMANDER });
    const wrong = await t.concord.call('store:rotateKey', { passphrase: 'not the passphrase' });
    expect(wrong.ok ? null : wrong.error.code).toBe('wrong_key');
    const { recoveryKey } = await t.call('store:rotateKey', { passphrase: PASSPHRASE });
    expect(recoveryKey).not.toBe(t.recoveryKey);
    // Nothing of the rotation is left beside the store, and the store stays open, on the new file, to the same operator.
    expect(readdirSync(t.dir).filter((f) => f.includes('.next'))).toEqual([]);
    expect(t.concord.store.current().session.operator).not.toBeNull();
    await t.call('incident:create', { name: 'After the rotation', kind: 'other', mode: 'real', commander: COMMANDER });
    await t.call('store:lock', {});
    const old = await t.concord.call('store:unlock', { recoveryKey: t.recoveryKey });
    expect(old.ok ? null : old.error.code).toBe('wrong_key');
    expect((await t.call('store:unlock', { recoveryKey })).state).toBe('unlocked');
    await t.call('store:lock', {});
    expect((await t.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect((await t.call('incident:list', {})).map((i) => i.name).sort()).toEqual(['After the rotation', 'Rotated']);
  });

  it('still opens by passphrase when a rotation stopped after its swap but before its keyring took over', async () => {
    const t = await tempConcord();
    close = t.close;
    const keyring = join(t.dir, 'keyring.json');
    const before = readFileSync(keyring);
    await t.call('store:rotateKey', { passphrase: PASSPHRASE });
    await t.call('store:lock', {});
    // As a crash would leave it: the new keyring still pending, the old one in place.
    renameSync(keyring, `${keyring}.next`);
    writeFileSync(keyring, before);
    expect((await t.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(readdirSync(t.dir)).not.toContain('keyring.json.next');
  });

  it('drops what a rotation cut short before its swap left, and opens by the old key', async () => {
    const t = await tempConcord();
    close = t.close;
    await t.call('incident:create', { name: 'Untouched', kind: 'other', mode: 'real', commander: COMMANDER });
    await t.call('store:lock', {});
    // As a crash during the copy would leave it: half a copy, its journal, and a pending keyring of the key it was to have.
    const db = join(t.dir, 'concord.db');
    writeFileSync(`${db}.next`, randomBytes(64 * 1024));
    writeFileSync(`${db}.next-journal`, randomBytes(4 * 1024));
    writeFileSync(join(t.dir, 'keyring.json.next'), JSON.stringify({ version: 1, passphrase: wrapWithPassphrase(randomBytes(32), PASSPHRASE), keystore: null }));
    expect((await t.call('store:unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(readdirSync(t.dir).filter((f) => f.includes('.next'))).toEqual([]);
    expect((await t.call('incident:list', {}))[0]?.name).toBe('Untouched');
    await t.call('store:lock', {});
    expect((await t.call('store:unlock', { recoveryKey: t.recoveryKey })).state).toBe('unlocked');
  });
});
