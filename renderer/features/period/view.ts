import type { ViewDefinition } from '../../views/view';
import { PeriodPanel } from './PeriodPanel';
import { PeriodsView } from './PeriodsView';

export const periodsView: ViewDefinition<'period'> = {
  id: 'period',
  title: 'Operational periods',
  guidance: 'Who leads this shift, on which objectives, and what does the next lead need to know?',
  purpose:
    'Operational periods with their lead and objectives from the priorities, the outgoing lead’s handover note, and the situation report frozen for each period, print-ready for the incoming shift and the coordination cell.',
  Panel: PeriodPanel,
  View: PeriodsView,
};
