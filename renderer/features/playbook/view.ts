import type { ViewDefinition } from '../../views/view';
import { PlaybookPanel } from './PlaybookPanel';
import { PlaybookView } from './PlaybookView';

export const playbookView: ViewDefinition<'playbook'> = {
  id: 'playbook',
  title: 'Playbook',
  guidance: 'What does the guide say should be done by now, and what is overdue?',
  purpose: 'The first-72-hours checklist from the guide: each item due at an offset from the start, owned by a role, ticked or linked to what fulfils it.',
  Panel: PlaybookPanel,
  View: PlaybookView,
};
