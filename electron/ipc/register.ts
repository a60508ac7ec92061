import { eventNames } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { Concord } from '../core/app/concord';
import { CALL_CHANNEL, EVENT_CHANNEL, isAppUrl } from './channels';

/** The parts of Electron's ipcMain and its invoke event this module needs, so it runs and tests without Electron. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface ConcordIpcOptions {
  ipcMain: IpcMainLike;
  concord: Pick<Concord, 'call' | 'on'>;
  /** Delivers a message to the window, if it still exists. */
  send: (channel: string, message: unknown) => void;
}

/**
 * One handler for every contract method: the core's dispatcher already refuses unknown methods and bad input.
 * Returns a function that unregisters everything.
 */
export function registerConcordIpc({ ipcMain, concord, send }: ConcordIpcOptions): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method, input) => {
    // A frame from any other origin (an injected iframe, a page navigated away) must not reach the store.
    if (!isAppUrl(event.senderFrame?.url)) return fail('forbidden', 'calls are accepted only from the Concord window');
    if (typeof method !== 'string') return fail('unknown_method', 'the method name must be a string');
    return concord.call(method, input);
  });
  const unsubscribes = eventNames.map((name) => concord.on(name, (payload) => send(EVENT_CHANNEL, { event: name, payload })));
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
