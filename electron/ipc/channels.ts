/** The only two IPC channels between the window and the main process: calls in, events out. */
export const CALL_CHANNEL = 'concord:call';
export const EVENT_CHANNEL = 'concord:event';

export const APP_SCHEME = 'app';
export const APP_HOST = 'concord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for our own renderer: the sole origin allowed to call the core or to be navigated to. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
