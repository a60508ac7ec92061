import type { Sitrep } from '../../../../shared/domain/sitrep';
import { getPeriod } from '../period';
import { newId } from '../../kernel/ops/ids';
import type { Workspace } from '../../kernel/store/workspace';
import { buildReport } from './build';
import { getSitrep } from './read';

/** Freezes the period's report and files it as an op: the op log signs it, the judge checks its hash. */
export function generateSitrep(ws: Workspace, periodId: string): Sitrep {
  const { incidentId } = getPeriod(ws, periodId);
  const report = buildReport(ws, periodId);
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'sitrep', entityId: id, action: 'add', fields: { periodId, ...report } }]);
  return getSitrep(ws, id);
}
