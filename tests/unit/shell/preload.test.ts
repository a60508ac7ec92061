import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames, type ConcordApi } from '../../../shared/contract';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../electron/ipc/channels';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;
let api: ConcordApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  const [name, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, ConcordApi];
  expect(name).toBe('concord');
  exposed = value as unknown as Record<string, unknown>;
  api = value;
});
beforeEach(() => vi.clearAllMocks());

/** What untrusted page script could do: call with any name, bypassing the types. */
const untyped = () => api as unknown as { call(method: string, input: unknown): Promise<unknown>; on(event: string, listener: () => void): () => void };

describe('preload', () => {
  it('exposes call and on only, never ipcRenderer', () => {
    expect(Object.keys(exposed).sort()).toEqual(['call', 'on']);
    expect(Object.values(exposed).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards every contract method over the one call channel', async () => {
    for (const method of methodNames) await untyped().call(method, {});
    expect(electron.ipcRenderer.invoke.mock.calls.map((c: unknown[]) => [c[0], c[1]])).toEqual(methodNames.map((m) => [CALL_CHANNEL, m]));
  });

  it('refuses an unknown method without sending IPC', async () => {
    for (const name of ['store:explode', '__proto__', 'toString', 'constructor']) {
      expect(await untyped().call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes only to contract events and hands the listener the payload alone', () => {
    untyped().on('not:an-event', () => undefined);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();

    const listener = vi.fn();
    const unsubscribe = api.on('data:changed', listener);
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, message: unknown) => void];
    expect(channel).toBe(EVENT_CHANNEL);
    const payload = { incidentId: 'i1', entities: ['incident'] };
    relay({ sender: 'ipc internals' }, { event: 'store:status', payload: {} });
    relay({ sender: 'ipc internals' }, { event: 'data:changed', payload });
    expect(listener.mock.calls).toEqual([[payload]]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, relay);
  });
});
