import { isoAt } from '../../kernel/query/list-query';
import type { Scenario } from './file';
import type { Invoke } from './invoke';
import { idOf, type Keys } from './keys';

export interface LoadedKeys {
  people: Keys;
  actors: Keys;
  needs: Keys;
  rumours: Keys;
}

/** The scenario's engagements with communities, oldest first, each with the promises made in it. */
export async function loadEngagements(invoke: Invoke, incidentId: string, now: number, scenario: Scenario, keys: LoadedKeys): Promise<void> {
  const oldestFirst = [...scenario.engagements].sort((a, b) => b.minutesAgo - a.minutesAgo);
  for (const { need, minutesAgo, participants, entryPoints, rumours, promises, ...fields } of oldestFirst) {
    await invoke('engagement:record', {
      incidentId,
      ...fields,
      needId: idOf(keys.needs, need, 'protection need'),
      at: isoAt(now - minutesAgo * 60_000),
      participantIds: participants.map((p) => idOf(keys.people, p, 'person')),
      entryPointIds: entryPoints.map((a) => idOf(keys.actors, a, 'actor')),
      rumourIds: rumours.map((r) => idOf(keys.rumours, r, 'rumour')),
      promises: promises.map(({ owner, dueInMinutes, ...promise }) => ({ ...promise, ownerId: idOf(keys.people, owner, 'person'), dueAt: isoAt(now + dueInMinutes * 60_000) })),
    });
  }
}
