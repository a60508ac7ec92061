import type { Incident } from '../../../../shared/domain/incident';
import { actorName, contactLine, type TemplateContent, type TemplateStartInput } from '../../../../shared/domain/template';
import type { Invoke } from '../scenario';

/** Names compare as people type them: case, spacing and accents forgiven. */
const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
};

/**
 * Opens an incident from a template through the contract's own methods, as the demo exercise loads (scenario/load.ts):
 * the incident (its opener its commander, signed in), the roster with the roles each person takes, the contacts as
 * actors, the communities as protection needs with their entry points, each message as a draft statement with a
 * revision per language, and the playbooks adopted with the items the city added. Every change is the commander's
 * own op, judged like any typed one. The template's person who bears the opener's name is the opener, not a second
 * person.
 */
export async function startFromTemplate(invoke: Invoke, template: TemplateContent, input: Omit<TemplateStartInput, 'templateId'>): Promise<Incident> {
  const incident = await invoke('incident:create', input);
  const incidentId = incident.id;
  const personOf = await loadRoster(invoke, incidentId, template, input.commander.name);

  const actorOf = new Map<string, string>();
  for (const contact of template.contacts) {
    const { actor } = await invoke('actor:create', { incidentId, kind: contact.kind, name: actorName(contact), contact: contactLine(contact), role: contact.role, status: 'standing by' });
    actorOf.set(contact.key, actor.id);
  }
  for (const { kind, description, entryPoints, caseManager, ...community } of template.communities) {
    await invoke('protection:create', {
      incidentId,
      subject: 'community',
      ...community,
      communityKind: kind,
      notes: description,
      caseManagerId: personOf.get(caseManager) ?? null,
      entryPointIds: entryPoints.flatMap((key) => actorOf.get(key) ?? []),
    });
  }
  for (const { texts, ...message } of template.messages) {
    const [first, ...others] = texts;
    if (!first) continue;
    const draft = await invoke('statement:create', { incidentId, ...message, language: first.language, text: first.text });
    for (const { language, text } of others) await invoke('statement:revise', { statementId: draft.id, language, text });
  }
  for (const { playbook, addedItems } of template.playbooks) {
    const adopted = await invoke('playbook:adopt', { incidentId, playbook });
    for (const item of addedItems) await invoke('playbook:addItem', { playbookId: adopted.id, ...item });
  }
  return invoke('incident:get', { id: incidentId });
}

/** Adds the template's people and their roles; answers each one's person id by their name in the template. */
async function loadRoster(invoke: Invoke, incidentId: string, template: TemplateContent, commanderName: string): Promise<Map<string, string>> {
  const roster = await invoke('roster:get', { incidentId });
  const opener = roster.people.find((p) => sameName(p.name, commanderName));
  const personOf = new Map<string, string>();
  for (const { roles, ...person } of template.roster) {
    const isOpener = opener !== undefined && sameName(person.name, opener.name);
    const personId = isOpener ? opener.id : (await invoke('roster:addPerson', { incidentId, ...person })).id;
    personOf.set(person.name, personId);
    for (const kind of new Set(roles)) {
      const role = roster.roles.find((r) => r.kind === kind);
      if (!role || role.assignments.some((a) => a.personId === personId && a.endedAt === null)) continue;
      await invoke('roster:assign', { incidentId, personId, roleId: role.id, shiftStart: roster.now });
    }
  }
  return personOf;
}
