import { builtInPlaybookSchema, type BuiltInPlaybook, type BuiltInPlaybookId } from '../../../../shared/domain/playbook';
import first72Hours from '../../../../resources/playbooks/first-72-hours.json' with { type: 'json' };

/**
 * The playbooks of resources/playbooks/, bundled at build time as the statement guidance's word lists are, and parsed
 * once: a broken file stops the console at start, not an operator at adoption. A new playbook is its JSON file and
 * one entry here.
 */
const builtIns = new Map<BuiltInPlaybookId, BuiltInPlaybook>([first72Hours].map((raw) => builtInPlaybookSchema.parse(raw)).map((p) => [p.id, p]));

export function builtInPlaybook(id: BuiltInPlaybookId): BuiltInPlaybook {
  const playbook = builtIns.get(id);
  if (!playbook) throw new Error(`the built-in playbook ${id} is not bundled`);
  return playbook;
}
