import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { listPlaybooks, playbookItems } from './read';
import { addItem, adoptPlaybook, linkItem, setState } from './service';

export const playbookHandlers = (ws: () => Workspace): DomainHandlers<'playbook:'> => ({
  'playbook:adopt': (i) => adoptPlaybook(ws(), i.incidentId, i.playbook),
  'playbook:list': (i) => ({ playbooks: listPlaybooks(ws(), i.incidentId) }),
  'playbook:items': (i) => playbookItems(ws(), i.playbookId),
  'playbook:tick': (i) => setState(ws(), i.id, 'done', i.note),
  'playbook:notApplicable': (i) => setState(ws(), i.id, 'not applicable', i.note),
  'playbook:reopen': (i) => setState(ws(), i.id, 'open', i.note),
  'playbook:link': (i) => linkItem(ws(), i.id, i.link),
  'playbook:addItem': (i) => addItem(ws(), i),
});
