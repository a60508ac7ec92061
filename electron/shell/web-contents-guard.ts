import type { WebContents } from 'electron';
import { navigationAllowed } from './window-options';

/** The parts of a WebContents the guard touches; a type only, so tests call the guard with a fake and no Electron. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
  if (!navigationAllowed(event.url)) event.preventDefault();
};

/**
 * Applied to every web contents the app creates, not only the main window's: a page that slipped past the CSP must
 * find no other document to load itself into, no popup, and no webview (whose guest would have its own preferences).
 * will-navigate sees only the main frame; will-frame-navigate covers subframes, and will-redirect server redirects.
 */
export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
