import { describe, expect, it, vi } from 'vitest';
import { eventNames, type EventName } from '../../../shared/contract';
import { ok } from '../../../shared/result';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../electron/ipc/channels';
import { registerConcordIpc, type InvokeEvent } from '../../../electron/ipc/register';

type Handler = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setUp() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, h: Handler) => void handlers.set(channel, h)), removeHandler: vi.fn() };
  const listeners = new Map<string, (payload: unknown) => void>();
  const concord = {
    call: vi.fn((method: string) => Promise.resolve(ok({ method }))),
    on: vi.fn((event: EventName, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    }),
  };
  const send = vi.fn();
  const dispose = registerConcordIpc({ ipcMain, concord, send });
  const invoke = (url: string | null, method: unknown, input: unknown = {}) =>
    (handlers.get(CALL_CHANNEL) as Handler)({ senderFrame: url === null ? null : { url } }, method, input);
  return { ipcMain, concord, send, listeners, invoke, dispose };
}

describe('IPC bridge', () => {
  it('dispatches calls from the app:// window to the core', async () => {
    const t = setUp();
    expect(await t.invoke('app://concord/index.html', 'store:status')).toEqual(ok({ method: 'store:status' }));
    expect(t.concord.call).toHaveBeenCalledWith('store:status', {});
  });

  it('refuses a sender from any other origin, or with no frame, before reaching the core', async () => {
    const t = setUp();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://127.0.0.1:5173/', 'not a url', null]) {
      expect(await t.invoke(url, 'store:status'), String(url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(t.concord.call).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    const t = setUp();
    expect(await t.invoke('app://concord/', { toString: () => 'store:status' })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(t.concord.call).not.toHaveBeenCalled();
  });

  it('forwards every contract event to the window and lets go on dispose', () => {
    const t = setUp();
    expect([...t.listeners.keys()].sort()).toEqual([...eventNames].sort());
    t.listeners.get('data:changed')?.({ incidentId: 'i1', entities: [] });
    expect(t.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'data:changed', payload: { incidentId: 'i1', entities: [] } });
    t.dispose();
    expect(t.listeners.size).toBe(0);
    expect(t.ipcMain.removeHandler).toHaveBeenCalledWith(CALL_CHANNEL);
  });
});
