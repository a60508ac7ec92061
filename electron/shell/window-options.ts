import type { BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../host/csp';
import { isAppUrl } from '../ipc/channels';

/** The desktop window talks to the core over IPC only, so its CSP allows no WebSocket. */
export const desktopCsp = contentSecurityPolicy({ loopbackWebSocket: false });

/** Electron's security checklist, as options: nothing in the page reaches Node or the preload's privileges. */
export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Concord',
    backgroundColor: '#0b0f14',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** The window may only ever show our own renderer. */
export const navigationAllowed = (url: string): boolean => isAppUrl(url);

/** Copying the recovery key is the one capability the console needs; camera, location and the rest are refused. */
export const permissionAllowed = (permission: string): boolean => permission === 'clipboard-sanitized-write';
