import type { z } from 'zod';
import type { Ics201, ics201Input } from '../../../../shared/domain/form';
import { ConcordError } from '../../../../shared/result';
import { actorsByKindAndStatus } from '../actor';
import { getIncident } from '../incident';
import { currentPeriod, getPeriod } from '../period';
import { listPriorities } from '../priority';
import { postings } from '../roster';
import { openTasksForBriefing } from '../task';
import type { Workspace } from '../../kernel/store/workspace';
import { distinctPeople, formHead, formPeriod, heldDuring, NOW, signedInReader } from './frame';

/** The briefing lists this many current actions; the form says how many more there are. */
const ACTIONS_SHOWN = 100;

/**
 * ICS 201, the incident briefing: the situation, the priorities as objectives, what is under way and by whom, the
 * organisation and the resources on the ground, for the period named (its organisation during it) or the current one
 * (the organisation now). Prepared by whoever is signed in.
 */
export function ics201(ws: Workspace, input: z.output<typeof ics201Input>): Ics201 {
  const head = formHead(ws, input.incidentId);
  const preparedBy = signedInReader(ws, input.incidentId);
  const incident = getIncident(ws, input.incidentId);
  const named = input.periodId === undefined ? null : getPeriod(ws, input.periodId);
  if (named && named.incidentId !== input.incidentId) throw new ConcordError('not_found', `no operational period ${named.id} in this incident`);
  const shown = named ?? currentPeriod(ws, input.incidentId);
  const period = shown === null ? null : formPeriod(shown);
  const held = heldDuring(postings(ws, input.incidentId), named ? formPeriod(named).span : NOW);
  const roles = [...new Map(held.map((p) => [p.roleId, { roleId: p.roleId, roleName: p.roleName, kind: p.kind }])).values()];
  return {
    ...head,
    incident: {
      kind: incident.kind,
      startedAt: incident.startedAt,
      areaDescription: incident.areaDescription,
      securityRiskLevel: incident.securityRiskLevel,
      securityRiskNote: incident.securityRiskNote,
      escalationOutlook: incident.escalationOutlook,
    },
    period: period?.form ?? null,
    objectives: listPriorities(ws, input.incidentId).map((p) => ({ id: p.id, title: p.title, visibility: p.visibility })),
    actions: openTasksForBriefing(ws, input.incidentId, ACTIONS_SHOWN),
    organisation: roles.map((role) => ({ ...role, holders: distinctPeople(held.filter((p) => p.roleId === role.roleId)) })),
    resources: actorsByKindAndStatus(ws, input.incidentId),
    preparedBy,
  };
}
