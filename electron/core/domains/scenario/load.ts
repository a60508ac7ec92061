import type { Incident } from '../../../../shared/domain/incident';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import type { Scenario } from './file';
import type { Invoke } from './invoke';
import { idOf, type Keys } from './keys';
import { loadEngagements } from './load-engagements';
import { loadPlaybook } from './load-playbook';
import { loadPeriods } from './load-periods';
import { loadRequests } from './load-request';
import { loadRumours } from './load-rumours';
import { loadHouseholds } from './load-households';

/**
 * Loads a scenario as a new EXERCISE incident through the contract's methods, in dependency order: the incident
 * (its opener is the scenario's commander, signed in), the roster and priorities, actors, protection needs with
 * their measures, tasks, backlash reports, rumours, engagements with communities, the playbook, log notes, families,
 * resource requests, and last the operational periods with their handover notes and situation reports (which freeze
 * everything loaded before them).
 */
export async function loadScenario(ws: Workspace, invoke: Invoke, scenario: Scenario): Promise<Incident> {
  const now = ws.clock.now();
  const ago = (minutes: number) => isoAt(now - minutes * 60_000);
  const { startedMinutesAgo, ...situation } = scenario.incident;
  const incident = await invoke('incident:create', { ...situation, mode: 'exercise', startedAt: ago(startedMinutesAgo), commander: scenario.commander });
  const incidentId = incident.id;

  const people: Keys = new Map();
  const priorities: Keys = new Map();
  await loadRosterAndPriorities(invoke, incidentId, scenario, people, priorities);
  await invoke('actor:setStaleAfter', { incidentId, staleAfterMinutes: scenario.staleAfterMinutes });

  const actors: Keys = new Map();
  for (const { key, checkedInMinutesAgo, ...fields } of scenario.actors) {
    const { actor } = await invoke('actor:create', { incidentId, ...fields });
    actors.set(key, actor.id);
    if (checkedInMinutesAgo !== null) await invoke('actor:checkIn', { id: actor.id, at: ago(checkedInMinutesAgo) });
  }

  const needs: Keys = new Map();
  for (const { key, lastContact, measures, caseManager, entryPoints, ...fields } of scenario.needs) {
    const need = await invoke('protection:create', {
      incidentId,
      ...fields,
      caseManagerId: caseManager ? idOf(people, caseManager, 'person') : null,
      entryPointIds: entryPoints.map((actor) => idOf(actors, actor, 'actor')),
      ...(lastContact ? { lastContactAt: ago(lastContact.minutesAgo), lastContactBy: lastContact.by } : {}),
    });
    needs.set(key, need.id);
    for (const { actor, ...measure } of measures) {
      await invoke('protection:addMeasure', { needId: need.id, actorId: idOf(actors, actor, 'actor'), ...measure });
    }
  }

  for (const { owner, dueInMinutes, priority, need, actor, ...fields } of scenario.tasks) {
    await invoke('task:create', {
      incidentId,
      ...fields,
      ownerId: owner ? idOf(people, owner, 'person') : null,
      dueAt: dueInMinutes === null ? null : isoAt(now + dueInMinutes * 60_000),
      priorityId: idOf(priorities, priority, 'priority'),
      protectionNeedId: need ? idOf(needs, need, 'protection need') : null,
      actorId: actor ? idOf(actors, actor, 'actor') : null,
    });
  }

  for (const { need, minutesAgo, ...report } of scenario.backlash) {
    await invoke('protection:reportBacklash', { incidentId, needId: idOf(needs, need, 'protection need'), occurredAt: ago(minutesAgo), ...report });
  }
  const rumours = await loadRumours(invoke, incidentId, now, scenario.rumours, { needs, people });
  await loadEngagements(invoke, incidentId, now, scenario, { people, actors, needs, rumours });
  await loadPlaybook(invoke, incidentId, scenario.playbook);
  for (const text of scenario.notes) await invoke('log:note', { incidentId, text });
  await loadHouseholds(invoke, incidentId, scenario.households, (key) => idOf(people, key, 'person'), now);
  await loadRequests(invoke, incidentId, now, scenario.requests, priorities);
  await loadPeriods(invoke, incidentId, now, scenario.periods, { people, priorities });
  return invoke('incident:get', { id: incidentId });
}

/** The chain of command and priorities, through the roster's and priorities' own methods. */
async function loadRosterAndPriorities(invoke: Invoke, incidentId: string, scenario: Scenario, people: Keys, priorities: Keys): Promise<void> {
  const roster = await invoke('roster:get', { incidentId });
  for (const { key, role, ...person } of scenario.people) {
    const added = await invoke('roster:addPerson', { incidentId, ...person });
    people.set(key, added.id);
    const roleId = roster.roles.find((r) => r.kind === role)?.id;
    if (roleId) await invoke('roster:assign', { incidentId, personId: added.id, roleId, shiftStart: roster.now });
  }
  for (const { key, ...priority } of scenario.priorities) {
    const list = await invoke('priority:add', { incidentId, ...priority });
    const added = list.find((p) => p.title === priority.title);
    if (added) priorities.set(key, added.id);
  }
}
