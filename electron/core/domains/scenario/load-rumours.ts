import { z } from 'zod';
import { rumourFieldsSchema, rumourVerdictSchema } from '../../../../shared/domain/rumour';
import { isoAt } from '../../kernel/query/list-query';
import type { Invoke } from './invoke';
import { idOf, type Keys } from './keys';

/**
 * A rumour of the file: the claim as first seen (minutes before loading), the protection needs it targets and its
 * owner by key, what verification found (or null while unverified) and whether a correction is already drafted.
 */
export const scenarioRumourSchema = (key: z.ZodString, minutesAgo: z.ZodNumber) =>
  rumourFieldsSchema.pick({ claim: true, firstSeenWhere: true, reach: true }).extend({
    /** For engagements that heard it. */
    key: key.optional(),
    firstSeenMinutesAgo: minutesAgo,
    targets: z.array(key),
    owner: key.nullable(),
    verdict: rumourVerdictSchema.nullable(),
    correct: z.boolean(),
  });
type ScenarioRumour = z.infer<ReturnType<typeof scenarioRumourSchema>>;

/** The keys the loader has already mapped to ids: protection needs and people. */
interface Keyed {
  needs: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
}

/**
 * The exercise's rumour register, through the rumours' own methods: recorded, verified by whoever loads it, corrected.
 * Answers the ids of the rumours the file keys.
 */
export async function loadRumours(invoke: Invoke, incidentId: string, now: number, rumours: readonly ScenarioRumour[], keyed: Keyed): Promise<Keys> {
  const ids: Keys = new Map();
  for (const { key, firstSeenMinutesAgo, targets, owner, verdict, correct, ...fields } of rumours) {
    const rumour = await invoke('rumour:create', {
      incidentId,
      ...fields,
      firstSeenAt: isoAt(now - firstSeenMinutesAgo * 60_000),
      targetNeedIds: targets.map((t) => idOf(keyed.needs, t, 'protection need')),
      ownerId: owner ? idOf(keyed.people, owner, 'person') : null,
    });
    if (verdict) await invoke('rumour:verify', { id: rumour.id, ...verdict });
    if (correct) await invoke('rumour:correct', { id: rumour.id });
    if (key) ids.set(key, rumour.id);
  }
  return ids;
}
