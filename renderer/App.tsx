import { useEffect } from 'react';
import { ScreenFrame } from './components/ScreenFrame';
import { useFocusOnChange } from './components/use-focus-on-change';
import { ConsoleFrame } from './features/command/ConsoleFrame';
import { IncidentsScreen } from './features/incident/IncidentsScreen';
import { CreateStoreScreen } from './features/store/CreateStoreScreen';
import { RecoveryKeyScreen } from './features/store/RecoveryKeyScreen';
import { UnlockScreen } from './features/store/UnlockScreen';
import { useConsole } from './store';
import { selectScreen } from './store/session-slice';
import { selectTheme, selectView } from './store/ui-slice';

export function App() {
  const screen = useConsole(selectScreen);
  const theme = useConsole(selectTheme);
  const view = useConsole(selectView);
  useFocusOnChange(`${screen}:${view}`);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  switch (screen) {
    case 'loading':
      return (
        <ScreenFrame>
          <h1 className="visually-hidden">Concord</h1>
          <p role="status">Opening the console…</p>
        </ScreenFrame>
      );
    case 'create':
      return (
        <ScreenFrame>
          <CreateStoreScreen />
        </ScreenFrame>
      );
    case 'recovery-key':
      return (
        <ScreenFrame>
          <RecoveryKeyScreen />
        </ScreenFrame>
      );
    case 'unlock':
      return (
        <ScreenFrame>
          <UnlockScreen />
        </ScreenFrame>
      );
    case 'incidents':
      return (
        <ScreenFrame wide>
          <IncidentsScreen />
        </ScreenFrame>
      );
    case 'console':
      return <ConsoleFrame />;
  }
}
