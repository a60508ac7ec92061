import type { ViewDefinition } from '../../views/view';
import { AfterActionView } from './AfterActionView';

export const afterActionView: ViewDefinition<'review'> = {
  id: 'review',
  title: 'After-action report',
  guidance: 'Did our decisions serve our priorities, and did we keep the public informed as promised?',
  purpose:
    'The decisions against the priorities they served, how long statements took from draft to publication and to approval, the public updates that came late, the refused edits, and the playbook items and promises missed: print-ready for the debrief.',
  commandPanel: false,
  View: AfterActionView,
};
