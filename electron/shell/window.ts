import { BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL } from '../ipc/channels';
import { buildWindowOptions, permissionAllowed } from './window-options';

/** Refuses permission prompts for every page of this session, so none can be granted by accident. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, grant) => grant(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
}

/**
 * The console window, showing our renderer. Navigation away, new windows and webviews are refused for it by
 * guardWebContents, which main.ts applies to every web contents as it is created.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
