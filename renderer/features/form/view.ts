import type { ViewDefinition } from '../../views/view';
import { FormsPanel } from './FormsPanel';
import { FormsView } from './FormsView';

export const formsView: ViewDefinition<'form'> = {
  id: 'form',
  title: 'Forms',
  guidance: 'What do the coordination cell, the next shift and the agencies need on paper?',
  purpose: 'The ICS forms EOCs exchange (201 briefing, 202 objectives, 203 organisation, 214 activity log), each read from the records and printed or saved as a PDF.',
  Panel: FormsPanel,
  View: FormsView,
};
