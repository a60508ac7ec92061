import type { DomainHandlers, Handlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { readScenario } from './file';
import { createInvoke } from './invoke';
import { loadScenario } from './load';

/** `handlers` is read lazily: the scenario calls the other methods, which exist once every domain is gathered. */
export const scenarioHandlers = (ws: () => Workspace, resourcesDir: string, handlers: () => Handlers): DomainHandlers<'scenario:'> => ({
  'scenario:load': (i) => loadScenario(ws(), createInvoke(handlers), readScenario(resourcesDir, i.name)),
});
