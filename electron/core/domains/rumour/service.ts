import type { z } from 'zod';
import { ConcordError } from '../../../../shared/result';
import {
  correctableStatuses,
  type Rumour,
  type RumourCreateInput,
  type RumourFields,
  type rumourCorrectInput,
  type rumourVerifyInput,
} from '../../../../shared/domain/rumour';
import { getIncident } from '../incident';
import { draftChanges } from '../statement';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident } from '../../kernel/query/links';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { correctionDraft } from './correction';
import { getRumour } from './read';

type Editable = Partial<Pick<RumourFields, 'claim' | 'firstSeenAt' | 'firstSeenWhere' | 'reach' | 'targetNeedIds' | 'ownerId'>>;

/** The communities a claim targets and its owner must be records of the claim's own incident. */
function checkLinks(ws: Workspace, incidentId: string, fields: Editable): void {
  for (const needId of fields.targetNeedIds ?? []) requireInIncident(ws, 'protectionNeed', incidentId, needId, 'protection need');
  if (fields.ownerId) requireInIncident(ws, 'person', incidentId, fields.ownerId, 'roster person');
}

const normalised = <T extends Editable>(fields: T): T => {
  const out = fields.firstSeenAt ? { ...fields, firstSeenAt: utcIso(fields.firstSeenAt) } : fields;
  return out.targetNeedIds ? { ...out, targetNeedIds: [...new Set(out.targetNeedIds)] } : out;
};

export function createRumour(ws: Workspace, input: RumourCreateInput): Rumour {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  checkLinks(ws, incidentId, given);
  const fields = {
    firstSeenWhere: '',
    reach: 0,
    targetNeedIds: [],
    ownerId: null,
    ...normalised(given),
    status: 'unverified',
    verificationSource: '',
    verifiedBy: null,
    verifiedAt: null,
    facts: '',
    falsePhrases: [],
    correctionIds: [],
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['rumour'];
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'rumour', entityId: id, action: 'add', fields }]);
  return getRumour(ws, id);
}

export function updateRumour(ws: Workspace, id: string, changes: Editable): Rumour {
  const current = getRumour(ws, id);
  const changed = changedFields(current, normalised(changes));
  checkLinks(ws, current.incidentId, changed);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'rumour', entityId: id, action: 'set', fields: changed }]);
  return getRumour(ws, id);
}

/**
 * Records what verification found, stamped with the signed-in operator and the console's time: the register says
 * who settled a claim, so it is never taken from input, and nobody signed in cannot settle one.
 */
export function verifyRumour(ws: Workspace, input: z.output<typeof rumourVerifyInput>): Rumour {
  const current = getRumour(ws, input.id);
  const operator = ws.session.operator;
  if (!operator) throw new ConcordError('forbidden', 'sign in to verify a rumour: the register records who verified it');
  const settled = input.status !== 'unverified';
  const fields = {
    status: input.status,
    verificationSource: input.source,
    facts: input.facts,
    falsePhrases: input.falsePhrases ?? current.falsePhrases,
    verifiedBy: settled ? operator.personId : null,
    verifiedAt: settled ? isoAt(ws.clock.now()) : null,
  } satisfies Partial<EntityFields['rumour']>;
  ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'rumour', entityId: input.id, action: 'set', fields }]);
  return getRumour(ws, input.id);
}

/**
 * Starts a correction: the statement draft and the rumour's link to it go in one commit, so a console that dies in
 * between leaves neither a draft nobody knows corrects the rumour nor a link to a draft that does not exist.
 */
export function correctRumour(ws: Workspace, input: z.output<typeof rumourCorrectInput>): { rumour: Rumour; statementId: string } {
  const rumour = getRumour(ws, input.id);
  if (!correctableStatuses.some((s) => s === rumour.status)) {
    throw new ConcordError('conflict', `only a rumour verified as false or misleading can be corrected; this one is ${rumour.status}`);
  }
  const { draft, note } = correctionDraft(rumour, input.language);
  const { statementId, changes } = draftChanges(ws, draft, note);
  ws.ops.commit(rumour.incidentId, ws.author(), [
    ...changes,
    { entity: 'rumour', entityId: rumour.id, action: 'set', fields: { correctionIds: [...rumour.correctionIds, statementId] } },
  ]);
  return { rumour: getRumour(ws, rumour.id), statementId };
}
