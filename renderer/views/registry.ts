import { actorsView } from '../features/actor/view';
import { decisionsView } from '../features/decision/view';
import { communitiesView } from '../features/engagement/view';
import { formsView } from '../features/form/view';
import { logView } from '../features/log/view';
import { playbookView } from '../features/playbook/view';
import { periodsView } from '../features/period/view';
import { prioritiesView } from '../features/priority/view';
import { protectionView } from '../features/protection/view';
import { refusedEditsView } from '../features/refusal/view';
import { afterActionView } from '../features/review/view';
import { chainOfCommandView } from '../features/roster/view';
import { requestsView } from '../features/request/view';
import { rumoursView } from '../features/rumour/view';
import { statementsView } from '../features/statement/view';
import { supportView } from '../features/support/view';
import { consolesView } from '../features/sync/view';
import { tasksView } from '../features/task/view';

/**
 * The views of an open incident besides the command centre, in navigation order. A feature contributes its own
 * definition (`features/<name>/view.ts`) and is listed here: the nav, the panels and the routing all read this list.
 */
export const views = [
  chainOfCommandView,
  prioritiesView,
  playbookView,
  decisionsView,
  actorsView,
  protectionView,
  communitiesView,
  supportView,
  tasksView,
  requestsView,
  rumoursView,
  statementsView,
  periodsView,
  formsView,
  logView,
  refusedEditsView,
  afterActionView,
  consolesView,
] as const;

export type { ViewDefinition } from './view';

/**
 * The command centre, and every view of the list. Each definition is annotated with its id's type: inferring it
 * would go through its components' types, which read the store, whose `view` is a ViewId.
 */
export type ViewId = 'command' | (typeof views)[number]['id'];

export const findView = (id: ViewId) => views.find((view) => view.id === id);
