import type { ViewDefinition } from '../../views/view';
import { PeersPanel } from './PeersPanel';
import { PeersView } from './PeersView';

export const consolesView: ViewDefinition<'consoles'> = {
  id: 'consoles',
  title: 'Consoles',
  purpose: 'The other consoles of this incident: connected or not, how far behind, their clocks; inviting one with a join code.',
  Panel: PeersPanel,
  View: PeersView,
};
