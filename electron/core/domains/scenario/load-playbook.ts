import { z } from 'zod';
import { builtInPlaybookIds } from '../../../../shared/domain/playbook';
import { ConcordError } from '../../../../shared/result';
import { builtInPlaybook } from '../playbook';
import type { Invoke } from './invoke';

/**
 * The exercise's playbook: the built-in one adopted, and the items the story has reached marked as its people would
 * have, each by its key in the built-in file: done or set aside with a note, or linked to the task or statement,
 * named by its title, that is under way.
 */
export const scenarioPlaybookSchema = z.object({
  adopt: z.enum(builtInPlaybookIds),
  items: z.array(
    z.object({
      item: z.string().regex(/^[a-z0-9-]+$/),
      state: z.enum(['done', 'not applicable']).optional(),
      note: z.string().default(''),
      link: z.object({ kind: z.enum(['task', 'statement']), title: z.string() }).optional(),
    }),
  ),
});
type ScenarioPlaybook = z.infer<typeof scenarioPlaybookSchema>;

export async function loadPlaybook(invoke: Invoke, incidentId: string, playbook: ScenarioPlaybook | null): Promise<void> {
  if (!playbook) return;
  const adopted = await invoke('playbook:adopt', { incidentId, playbook: playbook.adopt });
  const { items } = await invoke('playbook:items', { playbookId: adopted.id });
  const keys = builtInPlaybook(playbook.adopt).items.map((i) => i.key);
  const tasks = (await invoke('task:list', { incidentId, limit: 500 })).tasks;
  const statements = await invoke('statement:list', { incidentId });
  const titled = { task: tasks, statement: statements } as const;
  for (const { item: key, state, note, link } of playbook.items) {
    const id = items[keys.indexOf(key)]?.id;
    if (!id) throw new ConcordError('invalid_input', `the scenario names an unknown playbook item “${key}”`);
    if (link) {
      const record = titled[link.kind].find((r) => r.title === link.title);
      if (!record) throw new ConcordError('invalid_input', `the scenario links “${key}” to an unknown ${link.kind} “${link.title}”`);
      await invoke('playbook:link', { id, link: { kind: link.kind, id: record.id } });
    }
    if (state === 'done') await invoke('playbook:tick', { id, note });
    if (state === 'not applicable') await invoke('playbook:notApplicable', { id, note });
  }
}
