import { sitrepContentSchema, type SitrepContent } from '../../../../shared/domain/sitrep';
import { ConcordError } from '../../../../shared/result';
import { actorsForReport } from '../actor';
import { decisionsAfter } from '../decision';
import { communityTemperatures } from '../engagement';
import { getIncident } from '../incident';
import { getPeriod } from '../period';
import { listPriorities } from '../priority';
import { promisesForReport } from '../promise';
import { needsForReport, reportsPerDay } from '../protection';
import { rumoursForReport } from '../rumour';
import { publicCadence, publishedStatements } from '../statement';
import { familyNeedsForReport } from '../support';
import { tasksForReport } from '../task';
import { decodeHlc } from '../../kernel/ops/hlc';
import { sha256Hex } from '../../kernel/ops/signing';
import { isoAt } from '../../kernel/query/list-query';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { previousReport } from './read';

export interface BuiltReport {
  asOf: string;
  content: string;
  hash: string;
}

/**
 * The situation report of a period as of the newest op this console holds of the incident. A pure function of the
 * projection and that cut: every "now" is the cut's wall time, never this console's clock; every list is in a
 * total order ending on id; instants are UTC ISO; the object is built in the schema's key order and its text is
 * `JSON.stringify` of it. So two consoles holding the same ops write the same bytes.
 */
export function buildReport(ws: Workspace, periodId: string): BuiltReport {
  const period = getPeriod(ws, periodId);
  const { incidentId } = period;
  const asOf = opHistory(ws.db).newestHlc(incidentId);
  if (asOf === undefined) throw new ConcordError('not_found', `no incident ${incidentId}`);
  const nowMs = decodeHlc(asOf).wall;
  const now = isoAt(nowMs);
  const incident = getIncident(ws, incidentId);
  const since = previousReport(ws, incidentId);
  const backlash = reportsPerDay(ws, incidentId, 0, nowMs);
  const cadence = publicCadence(ws, incidentId);
  const content: SitrepContent = {
    incidentId,
    asOf,
    asOfTime: now,
    period: {
      id: period.id,
      number: period.number,
      startedAt: period.startedAt,
      plannedEndAt: period.plannedEndAt,
      leadId: period.leadId,
      leadName: period.leadName,
      objectives: period.objectives,
      handoverNote: period.handoverNote,
    },
    situation: {
      name: incident.name,
      kind: incident.kind,
      startedAt: incident.startedAt,
      securityRiskLevel: incident.securityRiskLevel,
      securityRiskNote: incident.securityRiskNote,
      escalationOutlook: incident.escalationOutlook,
      areaDescription: incident.areaDescription,
      operationalPeriod: incident.operationalPeriod,
    },
    priorities: listPriorities(ws, incidentId).map((p) => ({ id: p.id, title: p.title, visibility: p.visibility })),
    decisions: { sinceReportId: since?.id ?? null, items: decisionsAfter(ws, incidentId, since?.asOf ?? null) },
    actors: actorsForReport(ws, incidentId, nowMs),
    protection: needsForReport(ws, incidentId),
    backlash: {
      total: backlash.reduce((sum, d) => sum + d.verified + d.unverified, 0),
      perDay: backlash.map((d) => ({ day: d.day, count: d.verified + d.unverified })),
    },
    tasks: tasksForReport(ws, incidentId, now),
    statements: { published: publishedStatements(ws, incidentId), nextDueAt: cadence.nextDueAt },
    rumours: rumoursForReport(ws, incidentId),
    communities: communityTemperatures(ws, incidentId, nowMs).communities.map((c) => ({
      needId: c.needId,
      name: c.name,
      temperature: c.temperature,
      trend: c.trend,
      checkOverdue: c.checkOverdue,
    })),
    promises: promisesForReport(ws, incidentId, now),
    familyNeeds: familyNeedsForReport(ws, incidentId, now),
  };
  const text = JSON.stringify(sitrepContentSchema.parse(content));
  return { asOf, content: text, hash: sha256Hex(text) };
}
