import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { buildReport } from './build';
import { getSitrep, listSitreps } from './read';
import { generateSitrep } from './service';

export const sitrepHandlers = (ws: () => Workspace): DomainHandlers<'sitrep:'> => ({
  'sitrep:generate': (i) => generateSitrep(ws(), i.periodId),
  'sitrep:get': (i) => getSitrep(ws(), i.id),
  'sitrep:list': (i) => ({ sitreps: listSitreps(ws(), i) }),
  'sitrep:preview': (i) => buildReport(ws(), i.periodId),
});
