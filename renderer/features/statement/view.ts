import type { ViewDefinition } from '../../views/view';
import { StatementsPanel } from './StatementsPanel';
import { StatementsView } from './StatementsView';

export const statementsView: ViewDefinition<'statements'> = {
  id: 'statements',
  title: 'Statements',
  guidance: 'Communicate: prevent panic, keep people informed, leave no room for rumour.',
  purpose:
    'Public statements moving from draft to review, approval and publication, the countdown to the next public update, and the guidance check on each draft.',
  Panel: StatementsPanel,
  View: StatementsView,
};
