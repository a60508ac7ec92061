import { join } from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { createConcord, type Concord } from './core/concord';
import { defaultDataDir } from './core/store/data-dir';
import { registerConcordIpc } from './ipc/register';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import { createSafeStorageProtector } from './shell/safe-storage';
import { createMainWindow, lockDownSession } from './shell/window';

/** The desktop entry: composes the core, the IPC bridge and one window. Everything it wires lives elsewhere. */
let window: BrowserWindow | null = null;
let concord: Concord | null = null;

function start(): void {
  const appPath = app.getAppPath();
  serveAppProtocol(join(appPath, 'dist', 'renderer'));
  lockDownSession(session.defaultSession);
  // Packaged, resources/ ships as extraResources beside the app; in development it is the project's own.
  const resourcesDir = join(app.isPackaged ? process.resourcesPath : appPath, 'resources');
  const core = createConcord({ dataDir: defaultDataDir(), resourcesDir, keyProtector: createSafeStorageProtector(), sync: { discovery: true } });
  concord = core;
  window = createMainWindow(join(appPath, 'dist-electron', 'preload.cjs'));
  registerConcordIpc({
    ipcMain,
    concord: core,
    send: (channel, message) => {
      if (window && !window.isDestroyed()) window.webContents.send(channel, message);
    },
  });
}

registerAppScheme();
// Two consoles on one data folder would fight over the store; the second one focuses the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => concord?.close());
  void app.whenReady().then(start);
}
