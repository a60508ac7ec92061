import type { ViewDefinition } from '../../views/view';
import { RequestsPanel } from './RequestsPanel';
import { RequestsView } from './RequestsView';

export const requestsView: ViewDefinition<'requests'> = {
  id: 'requests',
  title: 'Resource requests',
  purpose: 'Resource requests (ICS 213RR): what is needed, how many, by when and where, for which priority, and whether it is approved, ordered or arrived.',
  Panel: RequestsPanel,
  View: RequestsView,
};
