import { protocol } from 'electron';
import { readRendererFile, rendererHeaders } from '../host/renderer-files';
import { APP_HOST, APP_SCHEME } from '../ipc/channels';
import { desktopCsp } from './window-options';

/**
 * Must run before the app is ready. A standard, secure scheme gives the renderer a real origin
 * (`app://concord`) instead of file://, which would let any page read any local file.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer, the same files the web host serves, with the desktop CSP on every response. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: rendererHeaders(file, desktopCsp) });
  });
}
