import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorName, contactLine } from '../../../shared/domain/template';
import type { Result } from '../../../shared/result';
import { builtInPlaybook } from '../../../electron/core/domains/playbook';
import { builtInTemplates } from '../../../electron/core/domains/template/built-in';
import { approve, createStatement, revise } from '../../../electron/core/domains/statement/service';
import { tempConcord } from '../../fixtures/temp-store';
import { actAs, openTeamIncident } from '../../fixtures/statement-team';

type Console = Awaited<ReturnType<typeof tempConcord>>;
let c: Console;
beforeEach(async () => {
  c = await tempConcord();
});
afterEach(() => c.close());

const [BUILT_IN, MARLOW_BAY] = [...builtInTemplates][0] ?? ['', null];
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('starting an incident from a template', () => {
  it('loads its roster, contacts, communities with entry points, message drafts and playbook, every op judged valid', async () => {
    if (!MARLOW_BAY) throw new Error('no built-in template');
    // The opener types the mayor's name their own way: still the template's mayor.
    const commander = { name: 'mayor helen achterberg', pin: '24682468' };
    const incident = await c.call('template:startIncident', { templateId: BUILT_IN, name: 'Attack on the Eastbrook Mosque', kind: 'hate-motivated attack', mode: 'exercise', commander });
    const incidentId = incident.id;
    expect(incident).toMatchObject({ name: 'Attack on the Eastbrook Mosque', mode: 'exercise' });

    const roster = await c.call('roster:get', { incidentId });
    // The opener is the template's mayor, not a second person of the same name.
    expect(roster.people).toHaveLength(MARLOW_BAY.roster.length);
    for (const person of MARLOW_BAY.roster) {
      const there = roster.people.filter((p) => p.name.toLowerCase() === person.name.toLowerCase());
      expect(there, person.name).toHaveLength(1);
      const held = roster.roles.filter((r) => r.assignments.some((a) => a.personId === there[0]?.id && a.endedAt === null)).map((r) => r.kind);
      expect(sorted(held), person.name).toEqual(sorted(person.roles));
    }

    const actors = (await c.call('actor:list', { incidentId, limit: 500 })).actors;
    expect(sorted(actors.map((a) => `${a.name}|${a.contact}|${a.kind}`))).toEqual(sorted(MARLOW_BAY.contacts.map((k) => `${actorName(k)}|${contactLine(k)}|${k.kind}`)));
    const actorNameOf = new Map(actors.map((a) => [a.id, a.name]));
    const contactName = new Map(MARLOW_BAY.contacts.map((k) => [k.key, actorName(k)]));

    const needs = (await c.call('protection:list', { incidentId, limit: 500 })).needs;
    expect(needs).toHaveLength(MARLOW_BAY.communities.length);
    for (const community of MARLOW_BAY.communities) {
      const need = needs.find((n) => n.name === community.name);
      expect(need, community.name).toMatchObject({ subject: 'community', communityKind: community.kind, riskLevel: community.riskLevel, notes: community.description, languages: community.languages });
      expect(sorted(need?.entryPointIds.map((id) => actorNameOf.get(id) ?? '') ?? [])).toEqual(sorted(community.entryPoints.map((k) => contactName.get(k) ?? '')));
      expect(roster.people.find((p) => p.id === need?.caseManagerId)?.name ?? '', community.name).toBe(community.caseManager);
    }

    const statements = await c.call('statement:list', { incidentId });
    expect(statements).toHaveLength(MARLOW_BAY.messages.length);
    for (const message of MARLOW_BAY.messages) {
      const summary = statements.find((s) => s.title === message.title);
      expect(summary, message.title).toMatchObject({ status: 'draft', phase: message.phase, audience: message.audience, channels: message.channels });
      const detail = await c.call('statement:get', { id: summary?.id ?? '' });
      const texts = detail.variants.map((v) => ({ language: v.language, text: detail.revisions.find((r) => r.id === v.currentRevisionId)?.text }));
      expect(sorted(texts.map((t) => `${t.language}:${t.text ?? ''}`))).toEqual(sorted(message.texts.map((t) => `${t.language}:${t.text}`)));
    }

    const [playbook] = (await c.call('playbook:list', { incidentId })).playbooks;
    expect(playbook?.source).toBe('first-72-hours');
    const { items } = await c.call('playbook:items', { playbookId: playbook?.id ?? '' });
    const added = MARLOW_BAY.playbooks[0]?.addedItems ?? [];
    expect(items).toHaveLength(builtInPlaybook('first-72-hours').items.length + added.length);
    for (const item of added) expect(items.some((i) => i.text === item.text && i.ownerRole === item.ownerRole && i.offsetMinutes === item.offsetMinutes)).toBe(true);

    const db = c.concord.store.current().db;
    expect((db.prepare('SELECT COUNT(*) AS n FROM ops WHERE incident_id = ?').get(incidentId) as { n: number }).n).toBeGreaterThan(50);
    expect(db.prepare('SELECT code, reason FROM refused_ops WHERE incident_id = ?').all(incidentId)).toEqual([]);
    // Every change is the opener's own, signed in as the commander: none in the console's name.
    const opener = (await c.call('roster:currentOperator', {}))?.personId;
    expect(db.prepare('SELECT DISTINCT author FROM ops WHERE incident_id = ? AND entity <> ?').all(incidentId, 'device')).toEqual([{ author: opener }]);
  });

  it('refuses an unknown template before opening any incident', async () => {
    const result = (await c.concord.call('template:startIncident', {
      templateId: '0b6d4a5e-3c2f-4f7a-9b1d-8e2c5a7f6d10',
      name: 'Nothing',
      kind: 'other',
      mode: 'real',
      commander: { name: 'A', pin: '24682468' },
    })) as Result<unknown>;
    expect(result.ok ? null : result.error.code).toBe('not_found');
    expect(await c.call('incident:list', {})).toEqual([]);
  });
});

describe('keeping an incident as a template', () => {
  it('captures its people and roles, communities with entry points, actors as contacts, approved statements and playbooks', async () => {
    const ws = c.concord.store.current();
    const team = await openTeamIncident(ws);
    const { incidentId } = team;
    actAs(ws, incidentId, team.mayor);
    const { actor } = await c.call('actor:create', { incidentId, kind: 'faith leader', name: 'Imam Yusuf', contact: '+44 1 · radio Ch 4 · email imam@example.org', role: 'Calm messages' });
    await c.call('actor:create', { incidentId, kind: 'faith leader', name: 'Imam Yusuf', contact: 'via the mosque office' });
    const caseManagerId = team.spokesperson;
    await c.call('protection:create', { incidentId, subject: 'community', name: 'Eastbrook', communityKind: 'targeted', riskLevel: 'high', notes: 'Mosque district', caseManagerId, entryPointIds: [actor.id] });
    await c.call('protection:create', { incidentId, subject: 'site', name: 'Eastbrook Mosque', siteKind: 'place of worship', address: '14 Cable Street', riskLevel: 'high' });
    const adopted = await c.call('playbook:adopt', { incidentId, playbook: 'first-72-hours' });
    await c.call('playbook:addItem', { playbookId: adopted.id, text: 'Call the Interfaith Forum', offsetMinutes: 120, ownerRole: 'communityLiaison' });

    actAs(ws, incidentId, team.spokesperson);
    const first = createStatement(ws, { incidentId, title: 'First statement', phase: 'first-official', language: 'en', text: 'We stand together.' });
    const withArabic = revise(ws, { statementId: first.id, language: 'ar', text: 'نقف معاً.' });
    createStatement(ws, { incidentId, title: 'Still a draft', phase: 'update', language: 'en', text: 'Not approved.' });
    actAs(ws, incidentId, team.mayor);
    approve(ws, { statementId: first.id, revisionIds: withArabic.variants.map((v) => v.currentRevisionId ?? ''), acknowledgePerpetratorNames: false });

    const input = { incidentId, name: 'Kept from the mosque attack', description: '' };
    actAs(ws, incidentId, team.observer);
    const observer = (await c.concord.call('template:fromIncident', input)) as Result<unknown>;
    expect(observer.ok ? null : observer.error.code).toBe('forbidden');
    ws.session.operator = null;
    const nobody = (await c.concord.call('template:fromIncident', input)) as Result<unknown>;
    expect(nobody.ok ? null : nobody.error.code).toBe('forbidden');
    expect((await c.call('template:list', {})).templates).toHaveLength(1);

    actAs(ws, incidentId, team.mayor);
    const { content } = await c.call('template:fromIncident', input);
    expect(content.description).toBe('Kept from “Attack at the Central Mosque”.');
    expect(content.roster.map((p) => [p.name, p.roles])).toEqual([
      ['Deputy Mayor Li', ['commander']],
      ['Mayor Ana Ruiz', ['commander']],
      ['Olu Observer', ['observer']],
      ['Sam Okafor', ['spokesperson']],
    ]);
    expect(content.contacts).toEqual([
      { key: 'imam-yusuf', name: 'Imam Yusuf', kind: 'faith leader', organisation: '', role: 'Calm messages', phone: '+44 1', radio: 'Ch 4', email: 'imam@example.org' },
      { key: 'imam-yusuf-2', name: 'Imam Yusuf', kind: 'faith leader', organisation: '', role: '', phone: 'via the mosque office', radio: '', email: '' },
    ]);
    expect(content.communities).toEqual([{ name: 'Eastbrook', kind: 'targeted', riskLevel: 'high', description: 'Mosque district', languages: [], entryPoints: ['imam-yusuf'], caseManager: 'Sam Okafor' }]);
    expect(content.messages).toHaveLength(1);
    expect(content.messages[0]).toMatchObject({ title: 'First statement', phase: 'first-official', audience: 'Everyone in the city' });
    expect(sorted(content.messages[0]?.texts.map((t) => `${t.language}:${t.text}`) ?? [])).toEqual(['ar:نقف معاً.', 'en:We stand together.']);
    expect(content.playbooks).toEqual([{ playbook: 'first-72-hours', addedItems: [{ text: 'Call the Interfaith Forum', guidance: '', offsetMinutes: 120, ownerRole: 'communityLiaison' }] }]);
  });
});
