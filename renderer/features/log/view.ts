import type { ViewDefinition } from '../../views/view';
import { LogPanel } from './LogPanel';
import { LogView } from './LogView';

export const logView: ViewDefinition<'log'> = { id: 'log', title: 'Log', Panel: LogPanel, View: LogView };
