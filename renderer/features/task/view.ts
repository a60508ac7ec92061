import type { ViewDefinition } from '../../views/view';
import { TasksPanel } from './TasksPanel';
import { TasksView } from './TasksView';

export const tasksView: ViewDefinition<'tasks'> = {
  id: 'tasks',
  title: 'Tasks',
  purpose: 'Tasks with title, owner, due time and status, the priority each serves, and the protection need or actor it is linked to.',
  Panel: TasksPanel,
  View: TasksView,
};
