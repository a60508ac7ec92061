import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, type GuardedContents } from '../../../electron/shell/web-contents-guard';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** A web contents that records what the guard registers, so its listeners can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  } as unknown as GuardedContents;
  guardWebContents(contents);
  /** Fires `name` as Electron would, and answers whether the listener cancelled it. */
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, openWindow: () => openHandler?.() };
}

describe('the guard on every web contents', () => {
  it("prevents a navigation to the web, in the main frame, a subframe or by redirect, and lets app://concord through", () => {
    const contents = fakeContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(name, 'https://example.org/'), `${name} to the web`).toBe(true);
      expect(contents.fire(name, 'app://concord/index.html'), `${name} within the app`).toBe(false);
    }
  });

  it('prevents other schemes and other app:// hosts', () => {
    const contents = fakeContents();
    for (const url of ['file:///etc/passwd', 'app://elsewhere/index.html', 'javascript:alert(1)', 'http://127.0.0.1:5173/', 'not a url']) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
    }
  });

  it('denies window.open and refuses to attach a webview', () => {
    const contents = fakeContents();
    expect(contents.openWindow()).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});
