import type { ReactNode } from 'react';
import { useConsole } from '../store';
import { selectConnection } from '../store/connection-slice';
import { selectStatus } from '../store/session-slice';
import { selectTheme } from '../store/ui-slice';

const connectionText = {
  connecting: 'Connecting…',
  connected: 'Connected',
  lost: 'Connection lost: reconnecting…',
} as const;

function ConnectionSign() {
  const state = useConsole(selectConnection);
  return (
    <p className={`connection connection-${state}`} role="status" data-testid="connection">
      <span className="connection-dot" aria-hidden="true" />
      {connectionText[state]}
    </p>
  );
}

function ThemeSwitch() {
  const theme = useConsole(selectTheme);
  const setTheme = useConsole((s) => s.setTheme);
  return (
    <button type="button" className="quiet" aria-pressed={theme === 'light'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
      Light theme
    </button>
  );
}

function LockButton() {
  const unlocked = useConsole((s) => selectStatus(s)?.state === 'unlocked');
  const lock = useConsole((s) => s.lock);
  if (!unlocked) return null;
  return (
    <button type="button" className="quiet" onClick={() => void lock()}>
      Lock store
    </button>
  );
}

/** The strip every screen shares: product, connection, theme and lock. `children` sits between. */
export function AppBar({ children }: { children?: ReactNode }) {
  return (
    <div className="app-bar">
      <p className="brand">Concord</p>
      <div className="app-bar-middle">{children}</div>
      <ConnectionSign />
      <ThemeSwitch />
      <LockButton />
    </div>
  );
}
