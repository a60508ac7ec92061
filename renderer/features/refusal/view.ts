import type { ViewDefinition } from '../../views/view';
import { RefusalPanel } from './RefusalPanel';
import { RefusalView } from './RefusalView';
import { refusedEditsViewId } from './view-id';

export const refusedEditsView: ViewDefinition<typeof refusedEditsViewId> = {
  id: refusedEditsViewId,
  title: 'Refused edits',
  purpose:
    'Edits that reached this console but did not take effect (made without the role for it, from a revoked console, or breaking a rule of their record): who made them, from which console, when and why, and "Apply as mine" to enter one again under your own name.',
  Panel: RefusalPanel,
  View: RefusalView,
};
