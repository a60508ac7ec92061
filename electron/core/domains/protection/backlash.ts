import type { z } from 'zod';
import type { BacklashReport, backlashCreateInput } from '../../../../shared/domain/protection';
import { getIncident } from '../incident';
import { requireInIncident } from '../../kernel/query/links';
import { utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { getReport } from './read';
import { newId } from '../../kernel/ops/ids';

/** A report is filed against a protection need of the same incident; its community defaults to that need's. */
export function fileReport(ws: Workspace, input: z.output<typeof backlashCreateInput>): BacklashReport {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  const need = requireInIncident(ws, 'protectionNeed', incidentId, input.needId, 'protection need');
  const fields = {
    place: typeof need.address === 'string' ? need.address : '',
    community: need.subject === 'community' ? String(need.name) : '',
    description: '',
    verified: false,
    ...given,
    occurredAt: utcIso(given.occurredAt),
  };
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'backlashReport', entityId: id, action: 'add', fields }]);
  return getReport(ws, id);
}
