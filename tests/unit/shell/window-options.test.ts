import { describe, expect, it } from 'vitest';
import { buildWindowOptions, desktopCsp, navigationAllowed, permissionAllowed } from '../../../electron/shell/window-options';

describe('desktop window security', () => {
  it('isolates the page from Node and the preload', () => {
    const prefs = buildWindowOptions('/app/dist-electron/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP with no WebSocket, no inline script and no framing', () => {
    expect(desktopCsp).toBe(
      "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('allows navigation only within app://concord', () => {
    expect(navigationAllowed('app://concord/index.html')).toBe(true);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://elsewhere/', 'javascript:alert(1)', 'http://127.0.0.1:1234/']) {
      expect(navigationAllowed(url), url).toBe(false);
    }
  });

  it('grants no permission but writing to the clipboard', () => {
    expect(permissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionAllowed(p), p).toBe(false);
  });
});
