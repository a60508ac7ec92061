import type { DomainHandlers, Handlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { createInvoke } from '../scenario';
import { captureIncident } from './capture';
import { exportTemplate, getTemplate, importTemplate, listTemplates, removeTemplate, saveTemplate } from './service';
import { startFromTemplate } from './start';

/** `handlers` is read lazily: starting an incident calls the other domains' methods, which exist once all are gathered. */
export const templateHandlers = (ws: () => Workspace, handlers: () => Handlers): DomainHandlers<'template:'> => ({
  'template:list': () => ({ templates: listTemplates(ws()) }),
  'template:get': (i) => getTemplate(ws(), i.id),
  'template:save': (i) => saveTemplate(ws(), i.id, i.content),
  'template:remove': (i) => removeTemplate(ws(), i.id),
  'template:fromIncident': async (i) => {
    const content = await captureIncident(ws(), createInvoke(handlers), i.incidentId, i.name, i.description);
    return saveTemplate(ws(), undefined, content);
  },
  'template:startIncident': ({ templateId, ...incident }) => startFromTemplate(createInvoke(handlers), getTemplate(ws(), templateId).content, incident),
  'template:export': (i) => exportTemplate(ws(), i.id),
  'template:import': (i) => importTemplate(ws(), i.content, i.replace),
});
