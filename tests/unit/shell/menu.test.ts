import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { name: 'Concord' },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);
const { applyApplicationMenu, menuTemplate } = await import('../../../electron/shell/menu');
type MenuItem = ReturnType<typeof menuTemplate>[number];

/** Every role anywhere in the menu, submenus included. */
const roles = (items: MenuItem[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
const menu = (platform: NodeJS.Platform, development = false) => menuTemplate({ platform, appName: 'Concord', development });
const inspection = ['reload', 'forceReload', 'toggleDevTools'];

describe('application menu', () => {
  it('offers neither reload nor developer tools in production, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const found = roles(menu(platform));
      for (const role of inspection) expect(found, `${platform} ${role}`).not.toContain(role);
    }
  });

  it('has the app menu with quit, Edit and Window on Linux and Windows', () => {
    const items = menu('linux');
    expect(items.map((item) => item.label)).toEqual(['Concord', 'Edit', 'Window']);
    expect(roles(items)).toEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'minimize', 'close']);
    expect(menu('win32')).toEqual(items);
  });

  it("has macOS's own app menu, and brings the window to the front there", () => {
    const items = menu('darwin');
    expect(items.map((item) => item.label)).toEqual(['Concord', 'Edit', 'Window']);
    expect(roles(items.slice(0, 1))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(items.slice(2))).toEqual(['minimize', 'close', 'front']);
  });

  it('adds reload and developer tools only when running from a checkout', () => {
    expect(roles(menu('linux', true))).toEqual(expect.arrayContaining(inspection));
  });

  it("replaces Electron's default menu with the template", () => {
    applyApplicationMenu(false);
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledWith(menuTemplate({ platform: process.platform, appName: 'Concord', development: false }));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(electron.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
