import type { ViewDefinition } from '../../views/view';
import { DecisionsPanel } from './DecisionsPanel';
import { DecisionsView } from './DecisionsView';

export const decisionsView: ViewDefinition<'decisions'> = {
  id: 'decisions',
  title: 'Decisions',
  guidance: 'Ensure future decision-making is consistent with these principles.',
  purpose: 'What was decided, why, by whom and when, and the priorities each decision serves.',
  Panel: DecisionsPanel,
  View: DecisionsView,
};
