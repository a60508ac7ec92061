import { z } from 'zod';
import { isoAt } from '../../kernel/query/list-query';
import type { Invoke } from './invoke';
import { idOf, type Keys } from './keys';

/**
 * An operational period of the file, oldest first: when it began and is planned to end (minutes relative to loading),
 * its lead and objectives (priorities) by key, and, for a period already handed over, the outgoing lead's note
 * (a period with a note gets its situation report too, so the next one can start).
 */
export const scenarioPeriodSchema = (key: z.ZodString, minutesAgo: z.ZodNumber) =>
  z.object({
    startedMinutesAgo: minutesAgo,
    plannedEndInMinutes: z.number().int(),
    lead: key,
    objectives: z.array(key),
    handoverNote: z.string().nullable(),
  });
type ScenarioPeriod = z.infer<ReturnType<typeof scenarioPeriodSchema>>;

/** The scenario's periods through the periods' and reports' own methods: each closed one with its note and its report. */
export async function loadPeriods(invoke: Invoke, incidentId: string, now: number, periods: readonly ScenarioPeriod[], keys: { people: Keys; priorities: Keys }): Promise<void> {
  for (const { startedMinutesAgo, plannedEndInMinutes, lead, objectives, handoverNote } of periods) {
    const period = await invoke('period:start', {
      incidentId,
      startedAt: isoAt(now - startedMinutesAgo * 60_000),
      plannedEndAt: isoAt(now + plannedEndInMinutes * 60_000),
      leadId: idOf(keys.people, lead, 'person'),
      objectiveIds: objectives.map((p) => idOf(keys.priorities, p, 'priority')),
    });
    if (handoverNote !== null) {
      await invoke('period:handover', { id: period.id, handoverNote });
      await invoke('sitrep:generate', { periodId: period.id });
    }
  }
}
