import type { ViewDefinition } from '../../views/view';
import { ChainOfCommandPanel } from './ChainOfCommandPanel';
import { ChainOfCommandView } from './ChainOfCommandView';

export const chainOfCommandView: ViewDefinition<'chain-of-command'> = {
  id: 'chain-of-command',
  title: 'Chain of command',
  guidance: 'Check the chain of command.',
  purpose:
    'Roles as a tree (who reports to whom, who decides what), the people in each role with contact and shift, the designated spokesperson, and how often each role reports, with overdue updates flagged.',
  Panel: ChainOfCommandPanel,
  View: ChainOfCommandView,
};
