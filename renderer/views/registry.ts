import type { ComponentType } from 'react';
import { ActorsPanel } from '../features/actor/ActorsPanel';
import { ActorsView } from '../features/actor/ActorsView';
import { LogPanel } from '../features/log/LogPanel';
import { ChainOfCommandPanel } from '../features/roster/ChainOfCommandPanel';
import { ChainOfCommandView } from '../features/roster/ChainOfCommandView';
import { DecisionsPanel } from '../features/decision/DecisionsPanel';
import { DecisionsView } from '../features/decision/DecisionsView';
import { PrioritiesPanel } from '../features/priority/PrioritiesPanel';
import { PrioritiesView } from '../features/priority/PrioritiesView';
import { ProtectionPanel } from '../features/protection/ProtectionPanel';
import { ProtectionView } from '../features/protection/ProtectionView';
import { TasksPanel } from '../features/task/TasksPanel';
import { TasksView } from '../features/task/TasksView';
import { LogView } from '../features/log/LogView';
import { PeersPanel } from '../features/sync/PeersPanel';
import { PeersView } from '../features/sync/PeersView';
import { RefusalPanel } from '../features/refusal/RefusalPanel';
import { RefusalView } from '../features/refusal/RefusalView';
import { refusedEditsViewId } from '../features/refusal/view-id';
import { StatementsPanel } from '../features/statement/StatementsPanel';
import { StatementsView } from '../features/statement/StatementsView';

/**
 * The views of an open incident besides the command centre, in navigation order. Each is also a panel of the
 * command centre. A later feature adds its folder and one entry here: the nav, the panels and the routing
 * all read this list.
 */
export interface ViewDefinition {
  id: string;
  title: string;
  /** The question from the guide's "first moments" checklist this view answers. */
  guidance?: string;
  /** What the view will hold, said by its empty state until the feature lands (DESIGN.md §1). */
  purpose?: string;
  /** The summary on the command view; absent means the panel shows `purpose` as an empty state. */
  Panel?: ComponentType;
  /** The full view; absent means the view shows `purpose` as an empty state. */
  View?: ComponentType;
}

export const views: readonly ViewDefinition[] = [
  {
    id: 'chain-of-command',
    title: 'Chain of command',
    guidance: 'Check the chain of command.',
    purpose:
      'Roles as a tree (who reports to whom, who decides what), the people in each role with contact and shift, the designated spokesperson, and how often each role reports, with overdue updates flagged.',
    Panel: ChainOfCommandPanel,
    View: ChainOfCommandView,
  },
  {
    id: 'priorities',
    title: 'Priorities',
    guidance: 'Identify priorities.',
    purpose:
      'The ordered list of priorities, each with its rationale and marked internal or public. Every decision is logged against a priority, so later steps stay consistent with them.',
    Panel: PrioritiesPanel,
    View: PrioritiesView,
  },
  {
    id: 'decisions',
    title: 'Decisions',
    guidance: 'Ensure future decision-making is consistent with these principles.',
    purpose: 'What was decided, why, by whom and when, and the priorities each decision serves.',
    Panel: DecisionsPanel,
    View: DecisionsView,
  },
  {
    id: 'actors',
    title: 'Actors on the ground',
    guidance: 'Which emergency actors are on the ground?',
    purpose:
      'Emergency services, national and regional agencies, city departments, community organisations and liaisons: role, contact, location, status and last check-in, with stale check-ins flagged.',
    Panel: ActorsPanel,
    View: ActorsView,
  },
  {
    id: 'protection',
    title: 'Protection needs',
    guidance: 'Do certain communities or institutions need immediate protection?',
    purpose:
      'Communities and institutions at risk (targeted, perceived as linked to the perpetrator and at risk of backlash, collaterally affected, at risk of radicalisation) and sites such as places of worship and schools: risk level, measures, assigned actor, last contact and status, with backlash reports over time.',
    Panel: ProtectionPanel,
    View: ProtectionView,
  },
  {
    id: 'tasks',
    title: 'Tasks',
    purpose: 'Tasks with title, owner, due time and status, the priority each serves, and the protection need or actor it is linked to.',
    Panel: TasksPanel,
    View: TasksView,
  },
  {
    id: 'statements',
    title: 'Statements',
    guidance: 'Communicate: prevent panic, keep people informed, leave no room for rumour.',
    purpose:
      'Public statements moving from draft to review, approval and publication, the countdown to the next public update, and the guidance check on each draft.',

    Panel: StatementsPanel,
    View: StatementsView,
  },
  { id: 'log', title: 'Log', Panel: LogPanel, View: LogView },
  {
    id: refusedEditsViewId,
    title: 'Refused edits',
    purpose:
      'Edits that reached this console but did not take effect (made without the role for it, from a revoked console, or breaking a rule of their record): who made them, from which console, when and why, and "Apply as mine" to enter one again under your own name.',
    Panel: RefusalPanel,
    View: RefusalView,
  },
  {
    id: 'consoles',
    title: 'Consoles',
    purpose: 'The other consoles of this incident: connected or not, how far behind, their clocks; inviting one with a join code.',
    Panel: PeersPanel,
    View: PeersView,
  },
];

export const findView = (id: string): ViewDefinition | undefined => views.find((view) => view.id === id);
