// @vitest-environment jsdom
import { QueryObserver } from '@tanstack/react-query';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConcordApi, EventName } from '../../../shared/contract';

/** The core as the screens see it: an unlocked store, every other read recorded and answered empty, events pushed by the test. */
const asked: string[] = [];
const listeners = new Map<EventName, (payload: unknown) => void>();
const unlocked = { state: 'unlocked', deviceId: 'd1', unlockMethods: ['passphrase'], dataDir: '/tmp/concord' };
const fakeCore: ConcordApi = {
  call: (method, input) => {
    if (method === 'store:status') return Promise.resolve({ ok: true, value: unlocked as never });
    asked.push(`${method} ${JSON.stringify(input)}`);
    return Promise.resolve({ ok: true, value: {} as never });
  },
  on: (event, listener) => {
    listeners.set(event, listener as (payload: unknown) => void);
    return () => listeners.delete(event);
  },
};
// The transport is chosen when the client loads: the fake must be in place first.
window.concord = fakeCore;
const { queryClient } = await import('../../../renderer/api/query-client');
const { readQuery } = await import('../../../renderer/api/query');
const { invalidateChanged } = await import('../../../renderer/api/invalidate');
const { connectEvents, useConsole } = await import('../../../renderer/store');

type ReadArgs = Parameters<typeof readQuery>;

/** A read a screen shows: answered once, then watched, as useConcordQuery leaves it. */
async function shown(method: ReadArgs[0], input: ReadArgs[1]): Promise<void> {
  const read = readQuery(method, input, useConsole.getState().incidentId);
  await queryClient.query(read);
  new QueryObserver(queryClient, { ...read, staleTime: Infinity }).subscribe(() => undefined);
}

describe('the query cache on data:changed', () => {
  beforeAll(async () => {
    connectEvents();
    await vi.waitFor(() => expect(useConsole.getState().status?.state).toBe('unlocked'));
    useConsole.getState().openIncident('i1');
  });

  beforeEach(async () => {
    queryClient.clear();
    await shown('task:list', { incidentId: 'i1', offset: 0, limit: 50 });
    await shown('task:summary', { incidentId: 'i1' });
    await shown('actor:summary', { incidentId: 'i1' });
    // Names no incident: it belongs to the one open when it was asked.
    await shown('task:get', { id: 't1' });
    asked.length = 0;
  });

  it('reads again the task reads of that incident, and not the actor ones', async () => {
    await invalidateChanged('i1', ['task']);
    expect(asked.sort()).toEqual(['task:get {"id":"t1"}', 'task:list {"incidentId":"i1","offset":0,"limit":50}', 'task:summary {"incidentId":"i1"}']);
  });

  it('reads nothing again for a change in another incident', async () => {
    await invalidateChanged('i2', ['task', 'actor']);
    expect(asked).toEqual([]);
  });

  it('reads nothing again for a change no shown read declares', async () => {
    await invalidateChanged('i1', ['statementComment']);
    expect(asked).toEqual([]);
  });

  it('takes the change from the core event', async () => {
    // A check-in changes an actor's stale flag; tasks show actors' names, not their check-ins.
    listeners.get('data:changed')?.({ incidentId: 'i1', entities: ['actorCheckIn'] });
    await vi.waitFor(() => expect(asked).toEqual(['actor:summary {"incidentId":"i1"}']));
  });
});
