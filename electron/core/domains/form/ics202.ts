import type { Ics202 } from '../../../../shared/domain/form';
import { getIncident } from '../incident';
import { getPeriod, listPeriods } from '../period';
import { postings } from '../roster';
import type { Workspace } from '../../kernel/store/workspace';
import { distinct, distinctPeople, formHead, formPeriod, heldDuring, signedInReader } from './frame';

/**
 * ICS 202, the incident objectives of a period: the priorities it was started on, the commander's emphasis (the
 * security risk and the outlook), what the previous period's lead handed over, prepared by the period's lead and
 * approved by whoever held an incident commander role during it.
 */
export function ics202(ws: Workspace, periodId: string): Ics202 {
  const period = getPeriod(ws, periodId);
  const { incidentId } = period;
  const head = formHead(ws, incidentId);
  signedInReader(ws, incidentId);
  const incident = getIncident(ws, incidentId);
  const { form, span } = formPeriod(period);
  const held = heldDuring(postings(ws, incidentId), span);
  const previous = listPeriods(ws, incidentId).find((p) => p.number === period.number - 1);
  return {
    ...head,
    period: form,
    objectives: period.objectives,
    commandEmphasis: {
      securityRiskLevel: incident.securityRiskLevel,
      securityRiskNote: incident.securityRiskNote,
      escalationOutlook: incident.escalationOutlook,
    },
    situationalAwareness: {
      areaDescription: incident.areaDescription,
      previousHandover: previous ? { periodNumber: previous.number, note: previous.handoverNote } : null,
    },
    preparedBy: {
      personId: period.leadId,
      name: period.leadName ?? period.leadId,
      positions: distinct(held.filter((p) => p.personId === period.leadId).map((p) => p.roleName)),
    },
    approvedBy: distinctPeople(held.filter((p) => p.kind === 'commander')),
  };
}
