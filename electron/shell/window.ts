import { BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL } from '../ipc/channels';
import { buildWindowOptions, navigationAllowed, permissionAllowed } from './window-options';

/** Refuses permission prompts for every page of this session, so none can be granted by accident. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, grant) => grant(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
}

/** The console window: our renderer only, no navigation away, no new windows, no webviews. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(preloadPath));
  const contents = window.webContents;
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
