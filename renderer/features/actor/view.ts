import type { ViewDefinition } from '../../views/view';
import { ActorsPanel } from './ActorsPanel';
import { ActorsView } from './ActorsView';

export const actorsView: ViewDefinition<'actors'> = {
  id: 'actors',
  title: 'Actors on the ground',
  guidance: 'Which emergency actors are on the ground?',
  purpose:
    'Emergency services, national and regional agencies, city departments, community organisations and liaisons: role, contact, location, status and last check-in, with stale check-ins flagged.',
  Panel: ActorsPanel,
  View: ActorsView,
};
