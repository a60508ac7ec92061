import type { ReactNode } from 'react';
import { Alerts } from './Alerts';
import { AppBar } from './AppBar';

/** The frame of the screens outside an incident: store creation, unlock, the incident list. */
export function ScreenFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header>
        <AppBar />
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'screen screen-wide' : 'screen'}>
        <Alerts />
        {children}
      </main>
    </>
  );
}
