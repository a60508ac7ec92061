import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Running unpackaged, from a checkout: only then may the page be reloaded or inspected. */
  development: boolean;
}

/**
 * Electron's default menu offers Reload and Toggle Developer Tools (with their shortcuts) to whoever sits at the
 * console; this one keeps only what an operator needs. Roles, not click handlers, so labels, shortcuts and macOS
 * behaviour come from Electron.
 */
export function menuTemplate({ platform, appName, development }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions = mac
    ? {
        label: appName,
        submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
      }
    : { label: appName, submenu: [{ role: 'quit' }] };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Window',
    // On macOS closing the window is not quitting, and `front` is where a hidden window is found again.
    submenu: mac ? [{ role: 'minimize' }, { role: 'close' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const view: MenuItemConstructorOptions = { label: 'View', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] };
  return development ? [appMenu, edit, view, window] : [appMenu, edit, window];
}

/** Replaces Electron's default menu; must run once the app is ready. */
export function applyApplicationMenu(development: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.name, development })));
}
