import type { ViewDefinition } from '../../views/view';
import { RumoursPanel } from './RumoursPanel';
import { RumoursView } from './RumoursView';

export const rumoursView: ViewDefinition<'rumours'> = {
  id: 'rumours',
  title: 'Rumours',
  guidance: 'Is misinformation spreading? Counter it before it fuels backlash.',
  purpose: 'The rumour register: claims circulating about the incident, where they were first seen, their reach, whom they target, what verification found and the statements correcting them.',
  Panel: RumoursPanel,
  View: RumoursView,
};
