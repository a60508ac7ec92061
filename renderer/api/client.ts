import type { ConcordApi, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { connectionCell, type ConnectionSource } from './connection';
import { takeToken } from './token';
import { createWebClient } from './web-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser talking to the web host. */
    concord?: ConcordApi;
  }
}

function pickTransport(): { api: ConcordApi; connection: ConnectionSource; desktop: boolean } {
  if (window.concord) return { api: window.concord, connection: connectionCell('connected'), desktop: true };
  const web = createWebClient(takeToken());
  return { api: web, connection: web.connection, desktop: false };
}

const transport = pickTransport();

/** The one way screens reach the core. Always answers the envelope; a transport failure is an error, not a throw. */
export function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return transport.api.call(method, input);
}

export const onEvent: ConcordApi['on'] = (event, listener) => transport.api.on(event, listener);

export const connection: ConnectionSource = transport.connection;

/** True in the desktop app (the preload's bridge), false in a browser on the web host: what only the shell can do. */
export const onDesktop: boolean = transport.desktop;
