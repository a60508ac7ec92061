import { isoAt } from '../../kernel/query/list-query';
import type { Scenario } from './file';
import type { Invoke } from './invoke';

/**
 * Families and survivors, through the support methods: each household with its liaison, its sealed details (sealed
 * to the readers as the load runs: the commander, signed in; liaisons without a PIN yet wait for a grant), its needs
 * and its contacts, oldest first.
 */
export async function loadHouseholds(invoke: Invoke, incidentId: string, households: Scenario['households'], personId: (key: string) => string, now: number): Promise<void> {
  for (const { liaison, needs, contacts, ...fields } of households) {
    const household = await invoke('support:create', { incidentId, ...fields, liaisonId: liaison ? personId(liaison) : null });
    for (const { owner, dueInMinutes, ...need } of needs) {
      await invoke('support:addNeed', { householdId: household.id, ...need, ownerId: owner ? personId(owner) : null, dueAt: dueInMinutes === null ? null : isoAt(now + dueInMinutes * 60_000) });
    }
    for (const { minutesAgo, ...contact } of [...contacts].sort((a, b) => b.minutesAgo - a.minutesAgo)) {
      await invoke('support:contact', { householdId: household.id, at: isoAt(now - minutesAgo * 60_000), ...contact });
    }
  }
}
