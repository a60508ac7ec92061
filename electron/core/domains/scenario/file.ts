import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { actorFieldsSchema } from '../../../../shared/domain/actor';
import { situationFieldsSchema } from '../../../../shared/domain/incident';
import { engagementFieldsSchema } from '../../../../shared/domain/engagement';
import { promiseFieldsSchema } from '../../../../shared/domain/promise';
import { backlashFieldsSchema, measureFieldsSchema, protectionFieldsSchema } from '../../../../shared/domain/protection';
import { householdDetailsSchema, householdPlainSchema, supportNeedFieldsSchema, contactChannels } from '../../../../shared/domain/support';
import { taskFieldsSchema } from '../../../../shared/domain/task';
import { ConcordError } from '../../../../shared/result';
import { roleKinds } from '../../../../shared/rules/permissions';
import { scenarioPlaybookSchema } from './load-playbook';
import { scenarioPeriodSchema } from './load-periods';
import { scenarioRequestSchema } from './load-request';
import { scenarioRumourSchema } from './load-rumours';

/** Records refer to each other by a key local to the file; the loader maps keys to the ids the services mint. */
const key = z.string().regex(/^[a-z0-9-]+$/);
/** Times are minutes relative to the moment of loading, so the exercise is always "now". */
const minutesAgo = z.number().int().min(0).max(30 * 24 * 60);

export const scenarioSchema = z.object({
  incident: situationFieldsSchema.omit({ startedAt: true }).extend({ startedMinutesAgo: minutesAgo }),
  commander: z.object({ name: z.string(), agency: z.string(), contact: z.string(), pin: z.string() }),
  staleAfterMinutes: z.number().int(),
  people: z.array(
    z.object({ key, name: z.string(), agency: z.string(), contact: z.string(), languages: z.array(z.string()), role: z.enum(roleKinds) }),
  ),
  priorities: z.array(z.object({ key, title: z.string(), rationale: z.string(), visibility: z.enum(['internal', 'public']) })),
  actors: z.array(actorFieldsSchema.partial({ latitude: true, longitude: true }).extend({ key, checkedInMinutesAgo: minutesAgo.nullable() })),
  needs: z.array(
    protectionFieldsSchema
      .omit({ lastContactAt: true, lastContactBy: true, caseManagerId: true, entryPointIds: true })
      .extend({
        key,
        lastContact: z.object({ minutesAgo, by: z.string() }).nullable(),
        caseManager: key.nullable().default(null),
        entryPoints: z.array(key).default([]),
        measures: z.array(measureFieldsSchema.omit({ actorId: true }).extend({ actor: key })),
      }),
  ),
  tasks: z.array(
    taskFieldsSchema
      .pick({ title: true, details: true, status: true })
      .extend({ owner: key.nullable(), dueInMinutes: z.number().int().nullable(), priority: key, need: key.nullable(), actor: key.nullable() }),
  ),
  backlash: z.array(backlashFieldsSchema.omit({ needId: true, occurredAt: true }).extend({ need: key, minutesAgo })),
  rumours: z.array(scenarioRumourSchema(key, minutesAgo)),
  notes: z.array(z.string()),
  engagements: z
    .array(
      engagementFieldsSchema
        .pick({ kind: true, communityParticipants: true, temperature: true, trend: true, concerns: true, needs: true, notes: true })
        .partial({ communityParticipants: true, concerns: true, needs: true, notes: true })
        .extend({
          need: key,
          minutesAgo,
          participants: z.array(key).default([]),
          entryPoints: z.array(key).default([]),
          rumours: z.array(key).default([]),
          promises: z.array(promiseFieldsSchema.pick({ text: true, madeTo: true }).extend({ owner: key, dueInMinutes: z.number().int() })).default([]),
        }),
    )
    .default([]),
  /** Families and survivors, their needs and contacts: sealed to whoever is signed in as the load runs (the commander). */
  households: z.array(
    householdPlainSchema
      .omit({ liaisonId: true, status: true })
      .extend({
        liaison: key.nullable(),
        details: householdDetailsSchema,
        needs: z.array(supportNeedFieldsSchema.pick({ field: true, summary: true, status: true }).extend({ owner: key.nullable(), dueInMinutes: z.number().int().nullable() })),
        contacts: z.array(z.object({ minutesAgo, channel: z.enum(contactChannels), note: z.string() })),
      }),
  ),
  playbook: scenarioPlaybookSchema.nullable().default(null),
  requests: z.array(scenarioRequestSchema(key)).default([]),
  periods: z.array(scenarioPeriodSchema(key, minutesAgo)).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** Reads and checks a scenario from the resources folder; a broken file says where it is broken. */
export function readScenario(resourcesDir: string, name: string): Scenario {
  const file = join(resourcesDir, 'scenarios', `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConcordError('not_found', `cannot read the scenario ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConcordError('invalid_input', `the scenario ${name} is not valid at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
