import type { z } from 'zod';
import type { statementCheckInput } from '../../../../shared/contract/statement';
import type { PublicCadence } from '../../../../shared/domain/statement';
import { nextUpdateDue } from '../../../../shared/rules/public-cadence';
import type { Finding } from '../../../../shared/rules/guidance/types';
import { getIncident } from '../incident';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';
import { runGuidance, type GuidanceSources } from './guidance';
import { communityNetworkInformed, lastPublication, readStatement } from './read';

/** The languages of the statement being drafted, which must be one of the incident the check runs for. */
function languagesOf(ws: Workspace, incidentId: string, statementId: string): string[] {
  requireInIncident(ws, 'statement', incidentId, statementId, 'statement');
  return readStatement(ws, statementId).languages;
}

/** The guidance check as the drafter sees it: today's withheld names, the statement's languages, the incident's channels. */
export function checkDraft(ws: Workspace, sources: GuidanceSources, input: z.output<typeof statementCheckInput>): Finding[] {
  const incident = getIncident(ws, input.incidentId);
  const languages = input.statementId ? languagesOf(ws, input.incidentId, input.statementId) : [];
  return runGuidance(ws, sources, {
    incidentId: input.incidentId,
    phase: input.phase,
    language: input.language,
    text: input.text,
    withheldNames: incident.withheldNames,
    variantLanguages: [...new Set([...languages, input.language])],
    ...(input.channels ? { publication: { channels: input.channels, communityNetworkInformed: communityNetworkInformed(ws, input.incidentId) } } : {}),
  });
}

/** The next public update is due the interval of the last published statement after its publication. */
export function publicCadence(ws: Workspace, incidentId: string): PublicCadence {
  getIncident(ws, incidentId);
  const last = lastPublication(ws, incidentId);
  if (!last) return { lastPublishedAt: null, intervalMinutes: null, nextDueAt: null };
  const lastPublishedAt = HybridClock.toIso(last.hlc);
  const intervalMinutes = last.interval === null ? null : Math.round(last.interval);
  return { lastPublishedAt, intervalMinutes, nextDueAt: nextUpdateDue(lastPublishedAt, intervalMinutes) };
}
