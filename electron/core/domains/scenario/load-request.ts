import { z } from 'zod';
import { requestFieldsSchema } from '../../../../shared/domain/request';
import { isoAt } from '../../kernel/query/list-query';
import type { Invoke } from './invoke';
import { idOf, type Keys } from './keys';

/** The steps a request of the file has already taken, in order: a request "ordered" was approved first. */
const forward = ['approved', 'ordered', 'arrived'] as const;

/**
 * A resource request of the file: what, how many, needed by (minutes from loading; negative is already late), where,
 * the priority it serves by key, and how far along the way to arrival it has gone.
 */
export const scenarioRequestSchema = (key: z.ZodString) =>
  requestFieldsSchema.pick({ what: true, quantity: true, unit: true, deliverTo: true, note: true }).extend({
    neededInMinutes: z.number().int(),
    priority: key,
    status: z.enum(['requested', ...forward]),
  });
type ScenarioRequest = z.infer<ReturnType<typeof scenarioRequestSchema>>;

/** The exercise's resource requests through the requests' own methods, requested and moved on by whoever loads it. */
export async function loadRequests(invoke: Invoke, incidentId: string, now: number, requests: readonly ScenarioRequest[], priorities: Keys): Promise<void> {
  for (const { neededInMinutes, priority, status, ...fields } of requests) {
    const request = await invoke('request:create', {
      incidentId,
      ...fields,
      neededBy: isoAt(now + neededInMinutes * 60_000),
      priorityId: idOf(priorities, priority, 'priority'),
    });
    for (const step of forward.slice(0, forward.findIndex((s) => s === status) + 1)) await invoke('request:setStatus', { id: request.id, status: step });
  }
}
