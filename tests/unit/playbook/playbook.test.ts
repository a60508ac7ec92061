import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIncident } from '../../../electron/core/domains/incident/service';
import { builtInPlaybook } from '../../../electron/core/domains/playbook/built-in';
import { getItem, listPlaybooks, playbookItems } from '../../../electron/core/domains/playbook/read';
import { addItem, adoptPlaybook, linkItem, setState } from '../../../electron/core/domains/playbook/service';
import { addPriority } from '../../../electron/core/domains/priority/service';
import { createStatement } from '../../../electron/core/domains/statement/service';
import { createTask } from '../../../electron/core/domains/task/service';
import { playbookAddItemInput } from '../../../shared/domain/playbook';
import { TestClock, actAs, codeOf, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { openTeamIncident, type Team } from '../../fixtures/statement-team';

type Ws = ReturnType<typeof tempWorkspace>;
const HOUR = 3_600_000;
let clock: TestClock;
let ws: Ws;
let team: Team;

beforeEach(async () => {
  clock = new TestClock();
  ws = tempWorkspace(clock);
  team = await openTeamIncident(ws);
});
afterEach(() => ws.close());

const adopt = () => adoptPlaybook(ws, team.incidentId, 'first-72-hours');
const itemsOf = (playbookId: string) => playbookItems(ws, playbookId).items;
const byText = (playbookId: string, start: string) => {
  const item = itemsOf(playbookId).find((i) => i.text.startsWith(start));
  if (!item) throw new Error(`no item “${start}”`);
  return item;
};

describe('adopting the first-72-hours playbook', () => {
  it('copies every built-in item, in the guide’s order and all open, in one signed commit', () => {
    const before = ws.ops.versionVector(team.incidentId);
    const playbook = adopt();
    const after = ws.ops.versionVector(team.incidentId);
    const builtIn = builtInPlaybook('first-72-hours');
    const written = Object.entries(after).map(([device, seq]) => seq - (before[device] ?? 0));
    expect(written).toEqual([builtIn.items.length + 1]);
    const ops = opsOf(ws, team.incidentId).slice(-(builtIn.items.length + 1));
    expect(ops.filter((op) => op.sig !== null)).toHaveLength(1);
    expect(ops[ops.length - 1]?.sig).not.toBeNull();

    expect(playbook).toMatchObject({ title: builtIn.title, source: 'first-72-hours', total: builtIn.items.length, open: builtIn.items.length, done: 0, overdue: 0 });
    const items = itemsOf(playbook.id);
    expect(items.map((i) => i.text)).toEqual(builtIn.items.map((i) => i.text));
    expect(items.map((i) => i.position)).toEqual(builtIn.items.map((_, n) => n));
    expect(items.every((i) => i.state === 'open' && i.link === null && i.guidance.length > 0)).toBe(true);
    expect(listPlaybooks(ws, team.incidentId).map((p) => p.id)).toEqual([playbook.id]);
  });

  it('refuses a second copy of the same playbook, changing nothing', () => {
    adopt();
    const before = ws.ops.versionVector(team.incidentId);
    expect(codeOf(adopt)).toBe('invalid_input');
    expect(ws.ops.versionVector(team.incidentId)).toEqual(before);
  });

  it('puts a custom item at the end, due at its own offset', () => {
    const playbook = adopt();
    const added = addItem(ws, playbookAddItemInput.parse({ playbookId: playbook.id, text: 'Brief the harbour master', offsetMinutes: 300, ownerRole: 'operationsStaff' }));
    expect(added).toMatchObject({ position: itemsOf(playbook.id).length - 1, state: 'open', guidance: '', dueAt: new Date(clock.ms + 5 * HOUR).toISOString() });
    expect(codeOf(() => addItem(ws, { playbookId: team.incidentId, text: 'x', guidance: '', offsetMinutes: 1, ownerRole: 'observer' }))).toBe('not_found');
  });
});

describe('ticking the playbook as the clock runs', () => {
  it('flags open items past the incident’s start plus their offset, and only those', () => {
    const playbook = adopt();
    const takeAMoment = byText(playbook.id, 'Take a moment');
    expect(takeAMoment).toMatchObject({ overdue: false, dueAt: new Date(clock.ms).toISOString() });

    clock.advance(13 * HOUR);
    const items = itemsOf(playbook.id);
    const overdue = items.filter((i) => i.overdue).map((i) => i.offsetMinutes);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((offset) => offset * 60_000 < 13 * HOUR)).toBe(true);
    expect(items.filter((i) => !i.overdue).every((i) => i.offsetMinutes * 60_000 >= 13 * HOUR)).toBe(true);
    expect(byText(playbook.id, 'Staff welfare check').overdue).toBe(true);
    expect(listPlaybooks(ws, team.incidentId)[0]?.overdue).toBe(overdue.length);
  });

  it('ticks in the operator’s name, sets aside with a reason, and reopens', () => {
    const playbook = adopt();
    clock.advance(2 * HOUR);
    const chain = byText(playbook.id, 'Chain of command');
    expect(chain.overdue).toBe(true);

    const ticked = setState(ws, chain.id, 'done', 'Sent to every desk');
    expect(ticked).toMatchObject({ state: 'done', overdue: false, doneBy: team.mayor, doneByName: 'Mayor Ana Ruiz', doneAt: new Date(clock.ms).toISOString(), stateNote: 'Sent to every desk' });
    expect(codeOf(() => setState(ws, chain.id, 'done', ''))).toBe('invalid_input');

    const national = byText(playbook.id, 'Coordination with national');
    expect(setState(ws, national.id, 'not applicable', 'No national team deployed')).toMatchObject({ state: 'not applicable', doneBy: null, overdue: false });

    const reopened = setState(ws, chain.id, 'open', 'The night shift was not told');
    expect(reopened).toMatchObject({ state: 'open', doneBy: null, doneAt: null, overdue: true, stateNote: 'The night shift was not told' });
    expect(playbookItems(ws, playbook.id).playbook).toMatchObject({ done: 0, notApplicable: 1 });
  });
});

describe('linking an item to what fulfils it', () => {
  it('shows the linked task’s title and status, a statement’s derived status, and unlinks', () => {
    const playbook = adopt();
    const [priority] = addPriority(ws, { incidentId: team.incidentId, title: 'Protect Eastbrook' });
    const task = createTask(ws, { incidentId: team.incidentId, title: 'Plan the vigil at Mill Bridge', priorityId: priority?.id ?? '' });
    const vigil = byText(playbook.id, 'Security for vigils');
    expect(linkItem(ws, vigil.id, { kind: 'task', id: task.id }).linked).toEqual({ kind: 'task', id: task.id, title: 'Plan the vigil at Mill Bridge', status: 'to do' });

    actAs(ws, team.incidentId, team.spokesperson);
    const statement = createStatement(ws, { incidentId: team.incidentId, title: 'First statement', phase: 'first-official', language: 'en', text: 'We stand together.' });
    const first = byText(playbook.id, 'First official statement');
    expect(linkItem(ws, first.id, { kind: 'statement', id: statement.id }).linked).toMatchObject({ title: 'First statement', status: 'draft' });
    expect(linkItem(ws, first.id, null)).toMatchObject({ link: null, linked: null });
  });

  it('refuses a record of another incident, or none, and changes nothing', async () => {
    const playbook = adopt();
    const other = await createIncident(ws, { name: 'Flooding', kind: 'natural hazard', mode: 'exercise', commander: { name: 'Mayor Ana Ruiz', pin: '12345678' } });
    const [priority] = addPriority(ws, { incidentId: other.id, title: 'Elsewhere' });
    const foreign = createTask(ws, { incidentId: other.id, title: 'Sandbags', priorityId: priority?.id ?? '' });
    actAs(ws, team.incidentId, team.mayor);
    const item = byText(playbook.id, 'Security for vigils');
    const before = ws.ops.versionVector(team.incidentId);
    expect(codeOf(() => linkItem(ws, item.id, { kind: 'task', id: foreign.id }))).toBe('not_found');
    expect(codeOf(() => linkItem(ws, item.id, { kind: 'decision', id: foreign.id }))).toBe('not_found');
    expect(ws.ops.versionVector(team.incidentId)).toEqual(before);
    expect(getItem(ws, item.id).link).toBeNull();
  });
});

describe('who may do what with a playbook', () => {
  it('lets the spokesperson tick but not reshape the plan; refuses the observer everything', () => {
    actAs(ws, team.incidentId, team.observer);
    expect(codeOf(adopt)).toBe('forbidden');
    actAs(ws, team.incidentId, team.mayor);
    const playbook = adopt();
    const item = byText(playbook.id, 'First official statement');
    actAs(ws, team.incidentId, team.spokesperson);
    expect(setState(ws, item.id, 'done', '').doneBy).toBe(team.spokesperson);
    expect(codeOf(() => addItem(ws, { playbookId: playbook.id, text: 'x', guidance: '', offsetMinutes: 1, ownerRole: 'spokesperson' }))).toBe('forbidden');

    actAs(ws, team.incidentId, team.observer);
    const other = byText(playbook.id, 'Take a moment');
    expect(codeOf(() => setState(ws, other.id, 'done', ''))).toBe('forbidden');
    expect(codeOf(() => setState(ws, item.id, 'open', 'Not really'))).toBe('forbidden');
    expect(getItem(ws, other.id).state).toBe('open');
  });

  it('refuses a tick written in someone else’s name, or a set-aside without a reason, whoever commits it', () => {
    const playbook = adopt();
    const item = byText(playbook.id, 'Take a moment');
    const commit = (fields: Record<string, string | null>) => () =>
      ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'playbookItem', entityId: item.id, action: 'set', fields }]);
    const at = new Date(clock.ms).toISOString();
    expect(judgedCode(ws, team.incidentId, commit({ state: 'done', stateNote: '', doneAt: at, doneBy: team.deputy }))).toBe('forbidden');
    expect(judgedCode(ws, team.incidentId, commit({ state: 'not applicable', stateNote: '', doneAt: null, doneBy: null }))).toBe('invalid_input');
    expect(judgedCode(ws, team.incidentId, commit({ state: 'open', stateNote: 'x', doneAt: at, doneBy: team.mayor }))).toBe('invalid_input');
    expect(getItem(ws, item.id).state).toBe('open');
  });
});
