import type { Actor } from '../../../../shared/domain/actor';
import type { RosterRole } from '../../../../shared/domain/roster';
import {
  contactParts,
  templateContentSchema,
  type TemplateContact,
  type TemplateContent,
  type TemplateMessage,
  type TemplatePlaybook,
} from '../../../../shared/domain/template';
import type { RoleKind } from '../../../../shared/rules/permissions';
import { ConcordError } from '../../../../shared/result';
import type { Workspace } from '../../kernel/store/workspace';
import { builtInPlaybook } from '../playbook';
import { currentOperator } from '../roster';
import type { Invoke } from '../scenario';

/**
 * What a city keeps of an incident for next time (guide for cities, chapter 3: procedures, teams, contacts and key
 * messages prepared in peacetime): the people and the roles they held, the communities with their entry points, the
 * actors as contacts, the approved statements as message templates and the playbooks adopted with the items added.
 * Nothing that happened (tasks, reports, check-ins) and no PIN or key. Read through the contract, the way every screen reads.
 *
 * It copies people's contact details out of the incident into a file that may leave this console, so it needs the
 * signed-in roster manager (the commander) of that incident.
 */
export async function captureIncident(ws: Workspace, invoke: Invoke, incidentId: string, name: string, description: string): Promise<TemplateContent> {
  const operator = currentOperator(ws);
  if (!operator || operator.incidentId !== incidentId || !operator.actions.includes('manageRoster')) {
    throw new ConcordError('forbidden', 'Keeping an incident as a template copies its roster and contacts: the incident commander signs in to this incident to do it.');
  }
  const incident = await invoke('incident:get', { id: incidentId });
  const { contacts, keyOfActor } = await captureContacts(invoke, incidentId);
  const needs = (await invoke('protection:list', { incidentId, limit: 500 })).needs;
  const roster = await invoke('roster:get', { incidentId });
  const nameOf = new Map(roster.people.map((p) => [p.id, p.name]));
  return templateContentSchema.parse({
    name,
    description: description || `Kept from “${incident.name}”.`,
    roster: roster.people.map((p) => ({ name: p.name, agency: p.agency, contact: p.contact, languages: p.languages, roles: heldBy(roster.roles, p.id) })),
    contacts,
    communities: needs
      .filter((n) => n.subject === 'community' && n.communityKind !== null)
      .map((n) => ({
        name: n.name,
        kind: n.communityKind,
        riskLevel: n.riskLevel,
        description: n.notes,
        languages: n.languages,
        entryPoints: n.entryPointIds.flatMap((id) => keyOfActor.get(id) ?? []),
        caseManager: (n.caseManagerId && nameOf.get(n.caseManagerId)) ?? '',
      })),
    messages: await captureMessages(invoke, incidentId),
    playbooks: await capturePlaybooks(invoke, incidentId),
  });
}

const heldBy = (roles: readonly RosterRole[], personId: string): RoleKind[] => [
  ...new Set(roles.filter((r) => r.assignments.some((a) => a.personId === personId && a.endedAt === null)).map((r) => r.kind)),
];

/** A key a person can read in the file: the actor's name, made unique. */
function keyFor(name: string, taken: Set<string>): string {
  const base = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'contact';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

async function captureContacts(invoke: Invoke, incidentId: string): Promise<{ contacts: TemplateContact[]; keyOfActor: Map<string, string> }> {
  const actors: Actor[] = [];
  for (;;) {
    const page = await invoke('actor:list', { incidentId, offset: actors.length, limit: 500 });
    actors.push(...page.actors);
    if (page.actors.length === 0 || actors.length >= page.total) break;
  }
  const taken = new Set<string>();
  const keyOfActor = new Map<string, string>();
  const contacts = actors.map((a) => {
    const key = keyFor(a.name, taken);
    keyOfActor.set(a.id, key);
    return { key, name: a.name, kind: a.kind, organisation: '', role: a.role, ...contactParts(a.contact) };
  });
  return { contacts, keyOfActor };
}

/** Approved (or published) statements, each language in the text its approval names: what the city stood behind. */
async function captureMessages(invoke: Invoke, incidentId: string): Promise<TemplateMessage[]> {
  const approved = (await invoke('statement:list', { incidentId })).filter((s) => s.status === 'approved' || s.status === 'published');
  const messages: TemplateMessage[] = [];
  for (const summary of approved) {
    const statement = await invoke('statement:get', { id: summary.id });
    const texts = statement.variants.flatMap((v) => {
      const revision = statement.revisions.find((r) => r.id === v.approvedRevisionId);
      return revision && revision.text.trim() ? [{ language: v.language, text: revision.text }] : [];
    });
    if (texts.length > 0) messages.push({ title: statement.title, phase: statement.phase, audience: statement.audience, channels: statement.channels, texts });
  }
  return messages;
}

/** Each built-in playbook adopted, once, with the items the incident added to it (those not in the built-in file). */
async function capturePlaybooks(invoke: Invoke, incidentId: string): Promise<TemplatePlaybook[]> {
  const kept = new Map<string, TemplatePlaybook>();
  for (const summary of (await invoke('playbook:list', { incidentId })).playbooks) {
    if (summary.source === 'custom' || kept.has(summary.source)) continue;
    const builtInTexts = new Set(builtInPlaybook(summary.source).items.map((i) => i.text));
    const { items } = await invoke('playbook:items', { playbookId: summary.id });
    const addedItems = items.filter((i) => !builtInTexts.has(i.text)).map(({ text, guidance, offsetMinutes, ownerRole }) => ({ text, guidance, offsetMinutes, ownerRole }));
    kept.set(summary.source, { playbook: summary.source, addedItems });
  }
  return [...kept.values()];
}
