import { checkIntervalHours, type CommunityTemperature, type Temperatures } from '../../../../shared/domain/engagement';
import { getIncident } from '../incident';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { actorNames, communityRows, readings, type ReadingRow } from './read';

const HOUR = 3_600_000;

const entryPointIdsOf = (json: string | null): string[] => {
  const parsed: unknown = json ? JSON.parse(json) : [];
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
};

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * The "temperature check" of every community not closed, most at risk first: the latest engagement's reading, and
 * whether the check its risk level calls for is overdue, as of `nowMs` (a situation report's cut, or this console's clock). A check is an engagement or any recorded contact with the
 * community (the need's last contact), whichever is later; a community never checked counts from when it was recorded.
 */
export function communityTemperatures(ws: Workspace, incidentId: string, nowMs = ws.clock.now()): Temperatures {
  getIncident(ws, incidentId);
  const now = isoAt(nowMs);
  const communities = communityRows(ws, incidentId, now);
  const byNeed = new Map<string, ReadingRow[]>();
  for (const reading of readings(ws, incidentId)) byNeed.set(reading.need_id, [...(byNeed.get(reading.need_id) ?? []), reading]);
  const entryPoints = new Map(communities.map((c) => [c.id, entryPointIdsOf(c.entry_point_ids)]));
  const names = actorNames(ws, [...new Set([...entryPoints.values()].flat())]);
  return {
    communities: communities.map((c): CommunityTemperature => {
      const series = byNeed.get(c.id) ?? [];
      const latest = series.at(-1);
      const lastCheckedAt = later(latest?.at ?? null, c.last_contact_at);
      const interval = checkIntervalHours[c.risk_level];
      const checkDueAt = isoAt(Date.parse(lastCheckedAt ?? c.created_at) + interval * HOUR);
      return {
        needId: c.id,
        name: c.name,
        riskLevel: c.risk_level,
        caseManagerId: c.case_manager_id,
        caseManagerName: c.case_manager_name,
        entryPoints: (entryPoints.get(c.id) ?? []).flatMap((id) => {
          const name = names.get(id);
          return name === undefined ? [] : [{ id, name }];
        }),
        temperature: latest?.temperature ?? null,
        trend: latest?.trend ?? null,
        lastCheckedAt,
        checkIntervalHours: interval,
        checkDueAt,
        checkOverdue: checkDueAt < now,
        openPromises: c.open_promises,
        overduePromises: c.overdue_promises,
        series: series.map((r) => ({ at: r.at, temperature: r.temperature })),
      };
    }),
  };
}
