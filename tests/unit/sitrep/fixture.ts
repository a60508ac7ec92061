import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

export type Console = Awaited<ReturnType<typeof tempConcord>>;
export const HOUR = 3_600_000;

/** The records a report draws on, by section, so a test can trace each section back to them. */
export interface Picture {
  incidentId: string;
  commanderId: string;
  periodId: string;
  priorities: { publicId: string; internalId: string };
  decisionId: string;
  actors: { staleId: string; freshId: string };
  needId: string;
  measureId: string;
  overdueTaskId: string;
  openTaskId: string;
  rumourId: string;
  overduePromiseId: string;
}

/** An incident with one record of every kind a situation report reads, its first period started on `c`. */
export async function seedPicture(c: Console, clock: TestClock): Promise<Picture> {
  const at = (h: number) => new Date(clock.now() + h * HOUR).toISOString();
  const incidentId = (await c.call('incident:create', { name: 'Riverside Winter Market attack', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
  const commanderId = (await c.call('roster:currentOperator', {}))?.personId ?? '';
  await c.call('priority:add', { incidentId, title: 'Protect Eastbrook', visibility: 'public' });
  const priorities = await c.call('priority:add', { incidentId, title: 'Identify the driver', visibility: 'internal' });
  const publicId = priorities[0]?.id ?? '';
  const internalId = priorities[1]?.id ?? '';
  const decisionId = (await c.call('decision:record', { incidentId, what: 'Double patrols at the mosque', priorityIds: [publicId] })).id;
  const stale = await c.call('actor:create', { incidentId, kind: 'police', name: 'Patrol 7' });
  const needId = (await c.call('protection:create', { incidentId, subject: 'community', name: 'Muslim residents of Eastbrook', communityKind: 'targeted', riskLevel: 'critical' })).id;
  const measureId = (await c.call('protection:addMeasure', { needId, kind: 'patrol', actorId: stale.actor.id, description: 'Mosque patrol' })).id;
  await c.call('protection:reportBacklash', { incidentId, needId, occurredAt: at(-1), kind: 'verbal abuse', source: 'police' });
  const overdueTaskId = (await c.call('task:create', { incidentId, title: 'Brief the imam', priorityId: publicId, dueAt: at(1), ownerId: commanderId })).id;
  const openTaskId = (await c.call('task:create', { incidentId, title: 'Collect CCTV', priorityId: internalId })).id;
  const rumourId = (await c.call('rumour:create', { incidentId, claim: '31 dead', firstSeenAt: at(-1), reach: 5000 })).id;
  const overduePromiseId = (await c.call('promise:create', { incidentId, text: 'Call back the mosque committee', ownerId: commanderId, dueAt: at(1) })).id;
  const householdId = (await c.call('support:create', { incidentId, kind: 'injured', label: 'Injured 1', details: { names: 'Samir Khalil', contact: '', address: '', notes: '' } })).id;
  await c.call('support:addNeed', { householdId, field: 'medical', summary: 'Physiotherapy plan', dueAt: at(1) });
  await c.call('support:addNeed', { householdId, field: 'financial', summary: 'Lost wages', dueAt: at(48) });
  clock.advance(2 * HOUR);
  const fresh = await c.call('actor:create', { incidentId, kind: 'medical', name: 'Ambulance 3' });
  const periodId = (await c.call('period:start', { incidentId, plannedEndAt: at(12), objectiveIds: [publicId], leadId: commanderId })).id;
  return {
    incidentId,
    commanderId,
    periodId,
    priorities: { publicId, internalId },
    decisionId,
    actors: { staleId: stale.actor.id, freshId: fresh.actor.id },
    needId,
    measureId,
    overdueTaskId,
    openTaskId,
    rumourId,
    overduePromiseId,
  };
}
