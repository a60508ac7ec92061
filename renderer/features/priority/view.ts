import type { ViewDefinition } from '../../views/view';
import { PrioritiesPanel } from './PrioritiesPanel';
import { PrioritiesView } from './PrioritiesView';

export const prioritiesView: ViewDefinition<'priorities'> = {
  id: 'priorities',
  title: 'Priorities',
  guidance: 'Identify priorities.',
  purpose:
    'The ordered list of priorities, each with its rationale and marked internal or public. Every decision is logged against a priority, so later steps stay consistent with them.',
  Panel: PrioritiesPanel,
  View: PrioritiesView,
};
