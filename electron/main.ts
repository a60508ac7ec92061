import { join } from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { createConcord, type Concord } from './core/app/concord';
import { defaultDataDir } from './core/kernel/store/data-dir';
import { registerConcordIpc } from './ipc/register';
import { applyApplicationMenu } from './shell/menu';
import { createPdfPrinter } from './shell/print-pdf';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import { createSafeStorageProtector } from './shell/safe-storage';
import { guardWebContents } from './shell/web-contents-guard';
import { createMainWindow, lockDownSession } from './shell/window';

/** The desktop entry: composes the core, the IPC bridge and one window. Everything it wires lives elsewhere. */
let window: BrowserWindow | null = null;
let concord: Concord | null = null;

/** One line on stderr and a non-zero exit: there is no window yet to say it in. */
function refuseToStart(message: string): void {
  process.stderr.write(`Concord: ${message}\n`);
  app.exit(1);
}

function start(): void {
  const appPath = app.getAppPath();
  // Packaged, resources/ ships as extraResources beside the app; in development it is the project's own.
  const resourcesDir = join(app.isPackaged ? process.resourcesPath : appPath, 'resources');
  let core: Concord;
  try {
    core = createConcord({
      dataDir: defaultDataDir(),
      resourcesDir,
      keyProtector: createSafeStorageProtector(),
      sync: { discovery: true },
      // The window exists once the core does; the printer asks for it only when a print view is saved.
      printer: createPdfPrinter(() => window),
    });
  } catch (error) {
    // The data folder is held by another console (a web console, or an app started with CONCORD_DATA_DIR), or
    // cannot be written: the single-instance lock below covers only this app's own second start.
    refuseToStart(error instanceof Error ? error.message : String(error));
    return;
  }
  concord = core;
  serveAppProtocol(join(appPath, 'dist', 'renderer'));
  lockDownSession(session.defaultSession);
  applyApplicationMenu(!app.isPackaged);
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
// Two consoles on one data folder would fight over the store; the second brings the first to the front and exits.
if (!app.requestSingleInstanceLock()) {
  refuseToStart('Concord is already running for this user; its window has been brought to the front.');
} else {
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Registered before the first window exists, so the main window's contents are guarded like every later one.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => concord?.close());
  void app.whenReady().then(start);
}
