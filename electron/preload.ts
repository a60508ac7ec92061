import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventNames, isMethodName, type ConcordApi, type EventName, type MethodInput, type MethodName, type MethodOutput } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc/channels';

const isEventName = (name: string): name is EventName => (eventNames as string[]).includes(name);

/**
 * `window.concord`, derived from the contract. The page gets two functions, never ipcRenderer: a compromised
 * page can call contract methods and nothing else, and unknown names never leave this process.
 */
const api: ConcordApi = {
  call<M extends MethodName>(method: M, input: MethodInput<M>) {
    // Typed callers cannot pass other names, but the page is untrusted JavaScript and may.
    if (!isMethodName(method)) return Promise.resolve(fail('unknown_method', `there is no method ${JSON.stringify(method).slice(0, 80)}`));
    // The main process answers the dispatcher's envelope for exactly this method.
    return ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<Result<MethodOutput<M>>>;
  },
  on(event, listener) {
    if (!isEventName(event)) return () => undefined;
    // The IPC event object stays here: handing it to the page would leak ipcRenderer's sender.
    const relay = (_event: IpcRendererEvent, message: { event: string; payload: Parameters<typeof listener>[0] }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('concord', api);
