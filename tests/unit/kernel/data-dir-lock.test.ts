import { afterEach, describe, expect, it } from 'vitest';
import { createConcord } from '../../../electron/core/app/concord';
import { COMMANDER, PASSPHRASE, codeOf, tempConcord, unwrap } from '../../fixtures/temp-store';

describe('one console per data folder, within one process', () => {
  let close: () => void = () => undefined;
  afterEach(() => close());

  it('refuses a second core on the same folder with data_dir_in_use; the first keeps working; after it closes, a new one opens', async () => {
    const t = await tempConcord();
    close = t.close;
    const incident = await t.call('incident:create', { name: 'Riverside', kind: 'other', mode: 'real', commander: COMMANDER });

    expect(codeOf(() => createConcord({ dataDir: t.dir, log: () => undefined }))).toBe('data_dir_in_use');
    let message = '';
    try {
      createConcord({ dataDir: t.dir, log: () => undefined });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain(t.dir);

    // The refused core touched nothing: the first one still writes, under the same device.
    const deviceId = unwrap(await t.concord.call('store:status', {})).deviceId;
    await t.call('log:note', { incidentId: incident.id, text: 'Cordon holding' });
    expect(unwrap(await t.concord.call('store:status', {})).deviceId).toBe(deviceId);

    t.concord.close();
    const next = createConcord({ dataDir: t.dir, log: () => undefined });
    try {
      expect(unwrap(await next.call('store:unlock', { passphrase: PASSPHRASE })).deviceId).toBe(deviceId);
      const { entries } = unwrap(await next.call('log:list', { incidentId: incident.id, text: 'Cordon holding' }));
      expect(entries).toHaveLength(1);
      const commander = unwrap(await next.call('roster:get', { incidentId: incident.id })).people.find((p) => p.name === COMMANDER.name);
      unwrap(await next.call('roster:signIn', { incidentId: incident.id, personId: commander?.id ?? '', pin: COMMANDER.pin }));
      unwrap(await next.call('log:note', { incidentId: incident.id, text: 'After the restart' }));
    } finally {
      next.close();
    }
  });
});
