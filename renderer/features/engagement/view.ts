import type { ViewDefinition } from '../../views/view';
import { CommunitiesPanel } from './CommunitiesPanel';
import { CommunitiesView } from './CommunitiesView';

export const communitiesView: ViewDefinition<'engagement'> = {
  id: 'engagement',
  title: 'Communities',
  guidance: 'How are the communities at risk responding, and are the promises made to them kept?',
  purpose:
    'A temperature check of each community through its case manager and trusted entry points: the latest temperature and trend, checks overdue by risk level, engagements with their concerns and needs, and the promises made, due first.',
  Panel: CommunitiesPanel,
  View: CommunitiesView,
};
