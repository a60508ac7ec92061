import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityDefs } from '../../../electron/core/app/domains';
import { createIncident } from '../../../electron/core/domains/incident/service';
import { createNeed } from '../../../electron/core/domains/protection/service';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { addPerson, assign } from '../../../electron/core/domains/roster/service';
import { falseClaims } from '../../../electron/core/domains/rumour';
import { getRumour, listRumours, openRumours, rumoursPerDay } from '../../../electron/core/domains/rumour/read';
import { correctRumour, createRumour, updateRumour, verifyRumour } from '../../../electron/core/domains/rumour/service';
import { readStatement } from '../../../electron/core/domains/statement/read';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { rumourListInput, rumourVerifyInput } from '../../../shared/domain/rumour';
import { TestClock, codeOf, giveKey, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, openTeamIncident, type Team } from '../../fixtures/statement-team';

type Ws = ReturnType<typeof tempWorkspace>;
const HOUR = 3_600_000;
let clock: TestClock;
let ws: Ws;
let team: Team;
let needId: string;
const others: Ws[] = [];

beforeEach(async () => {
  clock = new TestClock();
  ws = tempWorkspace(clock);
  team = await openTeamIncident(ws);
  needId = createNeed(ws, {
    incidentId: team.incidentId,
    subject: 'community',
    name: 'Muslim residents of Eastbrook',
    communityKind: 'perceived as linked to the perpetrator',
    riskLevel: 'critical',
  }).id;
  actAs(ws, team.incidentId, team.spokesperson);
});
afterEach(() => {
  ws.close();
  for (const o of others.splice(0)) o.close();
});

const record = (claim: string, reach: number, hoursAgo = 1) =>
  createRumour(ws, { incidentId: team.incidentId, claim, reach, firstSeenAt: new Date(clock.ms - hoursAgo * HOUR).toISOString(), firstSeenWhere: 'WhatsApp groups in Eastbrook' });

const verdict = (id: string, status: 'true' | 'false' | 'misleading' | 'unverified', extra: { facts?: string; falsePhrases?: string[] } = {}) =>
  verifyRumour(ws, rumourVerifyInput.parse({ id, status, source: 'St Anne’s Hospital press office', facts: extra.facts ?? 'Two people died; six are in hospital.', ...extra }));

/** A community liaison: may record and verify rumours, may not draft statements. */
async function liaison(): Promise<string> {
  actAs(ws, team.incidentId, team.mayor);
  const { id } = await addPerson(ws, { incidentId: team.incidentId, name: 'Leila Mansour' });
  giveKey(ws, team.incidentId, id);
  const roleId = readRoster(ws, team.incidentId).roles.find((r) => r.kind === 'communityLiaison')?.id ?? '';
  assign(ws, { incidentId: team.incidentId, personId: id, roleId, shiftStart: null, shiftEnd: null });
  return id;
}

describe('the rumour register', () => {
  it('records a claim, verifies it with the signed-in operator’s stamp, and keeps the false phrases', () => {
    const r = record('31 people died at the market', 40_000);
    expect(r).toMatchObject({ status: 'unverified', verifiedBy: null, verifiedAt: null, correctionIds: [], targetNeedIds: [] });
    clock.advance(HOUR);
    const v = verdict(r.id, 'false', { falsePhrases: ['31 dead', '31 people died'] });
    expect(v).toMatchObject({ status: 'false', verifiedBy: team.spokesperson, verifiedAt: new Date(clock.ms).toISOString(), falsePhrases: ['31 dead', '31 people died'] });
    expect(v.verificationSource).toBe('St Anne’s Hospital press office');
    // Leaving the false phrases out keeps the ones recorded.
    expect(verdict(r.id, 'misleading').falsePhrases).toEqual(['31 dead', '31 people died']);
    expect(falseClaims(ws, team.incidentId)).toEqual([{ claim: '31 people died at the market', phrases: ['31 dead', '31 people died'] }]);
    const back = verdict(r.id, 'unverified');
    expect([back.verifiedBy, back.verifiedAt]).toEqual([null, null]);
    // An unsettled claim gives statements nothing to avoid yet.
    expect(falseClaims(ws, team.incidentId)).toEqual([]);
  });

  it('refuses a verdict without its source or facts, facts that repeat a false phrase, and anyone signed out', () => {
    const r = record('The driver is Omar H.', 12_000);
    const input = { id: r.id, status: 'false', source: '', facts: 'Police have not named the driver.' };
    expect(rumourVerifyInput.safeParse(input).success).toBe(false);
    expect(rumourVerifyInput.safeParse({ ...input, source: 'Police', facts: '' }).success).toBe(false);
    expect(rumourVerifyInput.safeParse({ ...input, source: 'Police', facts: 'The driver is not Omar H.', falsePhrases: ['omar h.'] }).success).toBe(false);
    // Even past the boundary, the judge refuses a settled claim without its source.
    const bare = { status: 'false', verificationSource: '', verifiedBy: team.spokesperson, verifiedAt: new Date(clock.ms).toISOString(), facts: 'Police have not named the driver.' } as const;
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'rumour', entityId: r.id, action: 'set', fields: bare }]))).toBe('invalid_input');
    ws.session.operator = null;
    expect(codeOf(() => verifyRumour(ws, rumourVerifyInput.parse({ ...input, source: 'Police' })))).toBe('forbidden');
    expect(getRumour(ws, r.id).status).toBe('unverified');
  });

  it('refuses an observer, and a verification recorded in someone else’s name, here and from a peer', () => {
    const r = record('The mosque will be closed on Friday', 3_000);
    actAs(ws, team.incidentId, team.observer);
    expect(codeOf(() => record('A second attacker is at large', 9_000))).toBe('forbidden');
    expect(codeOf(() => updateRumour(ws, r.id, { reach: 5_000 }))).toBe('forbidden');
    expect(codeOf(() => verdict(r.id, 'false', { facts: 'Friday prayers go ahead with police cover.' }))).toBe('forbidden');
    actAs(ws, team.incidentId, team.spokesperson);
    const forged = { status: 'false', verificationSource: 'Imam', verifiedBy: team.mayor, verifiedAt: new Date(clock.ms).toISOString(), facts: 'Prayers go ahead.' } as const;
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'rumour', entityId: r.id, action: 'set', fields: forged }]))).toBe('forbidden');
    // A console that skipped the rules writes it anyway: every console that receives it refuses it.
    const peer = tempWorkspace(new TestClock(clock.ms));
    others.push(peer);
    peer.ops.applyRemote(opsOf(ws, team.incidentId));
    peer.session.operator = ws.session.operator;
    peer.ops.judge.rulesOff = true;
    peer.ops.commit(team.incidentId, peer.author(), [{ entity: 'rumour', entityId: r.id, action: 'set', fields: forged }]);
    expect(judgedCode(ws, team.incidentId, () => ws.ops.applyRemote(opsOf(peer, team.incidentId)))).toBe('forbidden');
    expect(getRumour(ws, r.id)).toMatchObject({ status: 'unverified', verifiedBy: null });
  });

  it('takes targets and owners from its own incident only', async () => {
    const r = createRumour(ws, { incidentId: team.incidentId, claim: 'Eastbrook families hid the driver', firstSeenAt: new Date(clock.ms).toISOString(), targetNeedIds: [needId, needId] });
    expect(r.targetNeedIds).toEqual([needId]);
    const other = await createIncident(ws, { name: 'Flood', kind: 'natural hazard', mode: 'exercise', commander: { name: 'Kim', pin: '87654321' } });
    const foreignNeed = createNeed(ws, { incidentId: other.id, subject: 'site', name: 'Depot', siteKind: 'other', riskLevel: 'low' }).id;
    actAs(ws, team.incidentId, team.spokesperson);
    expect(() => updateRumour(ws, r.id, { targetNeedIds: [needId, foreignNeed] })).toThrow(/protection need .* is not in this incident/);
    expect(() => updateRumour(ws, r.id, { ownerId: randomUUID() })).toThrow(/roster person .* is not in this incident/);
    expect(updateRumour(ws, r.id, { ownerId: team.spokesperson, reach: 800 })).toMatchObject({ ownerId: team.spokesperson, reach: 800, targetNeedIds: [needId] });
  });

  it('lists by reach, first seen or status, filters and pages; the panel shows open claims widest first', () => {
    const a = record('31 dead at the market', 40_000, 20);
    const b = record('The driver is Omar H.', 12_000, 10);
    const c = record('A second attacker is still at large', 25_000, 2);
    record('The market reopens on Monday', 500, 1);
    verdict(a.id, 'false');
    verdict(b.id, 'false', { facts: 'Police have not named the driver.' });
    const list = (input: object) => listRumours(ws, rumourListInput.parse({ incidentId: team.incidentId, ...input })).rumours.map((r) => r.claim);
    expect(list({})).toEqual(['31 dead at the market', 'A second attacker is still at large', 'The driver is Omar H.', 'The market reopens on Monday']);
    expect(list({ dir: 'desc', limit: 1 })).toEqual(['The market reopens on Monday']);
    expect(list({ sort: 'firstSeen' })[0]).toBe('31 dead at the market');
    expect(list({ sort: 'status' })).toEqual(['A second attacker is still at large', 'The market reopens on Monday', '31 dead at the market', 'The driver is Omar H.']);
    expect(list({ statuses: ['false'], text: 'driver' })).toEqual(['The driver is Omar H.']);
    expect(listRumours(ws, rumourListInput.parse({ incidentId: team.incidentId, limit: 2, offset: 2 })).total).toBe(4);
    verdict(c.id, 'true', { facts: '' });
    const open = openRumours(ws, team.incidentId, 2);
    expect(open.top.map((r) => r.claim)).toEqual(['31 dead at the market', 'The driver is Omar H.']);
    expect(open.open).toBe(3);
    expect(open.byStatus).toEqual({ unverified: 1, true: 1, false: 2, misleading: 0 });
  });

  it('counts rumours first seen per day, by status, every day to today', () => {
    // The test clock stands at 2026-11-21T09:00Z.
    record('31 dead', 40_000, 50);
    verdict(record('The driver is Omar H.', 12_000, 30).id, 'false', { facts: 'Police have not named the driver.' });
    record('A second attacker', 9_000, 2);
    expect(rumoursPerDay(ws, team.incidentId, 0)).toEqual([
      { day: '2026-11-19', unverified: 1, true: 0, false: 0, misleading: 0 },
      { day: '2026-11-20', unverified: 0, true: 0, false: 1, misleading: 0 },
      { day: '2026-11-21', unverified: 1, true: 0, false: 0, misleading: 0 },
    ]);
    // At UTC-10 the rumour seen at 07:00 UTC on the 19th was seen on the 18th.
    expect(rumoursPerDay(ws, team.incidentId, -600)[0]).toEqual({ day: '2026-11-18', unverified: 1, true: 0, false: 0, misleading: 0 });
  });
});

describe('correcting a rumour', () => {
  it('drafts the correction and links it in one commit, leading with the facts and never repeating the claim', () => {
    const r = record('The driver is Omar Hadid from Eastbrook', 12_000);
    verdict(r.id, 'false', { facts: 'Police have not named the driver. He is in custody.', falsePhrases: ['Omar Hadid'] });
    const before = ws.ops.versionVector(team.incidentId);
    const { rumour, statementId } = correctRumour(ws, { id: r.id, language: 'en' });
    const after = ws.ops.versionVector(team.incidentId);
    const seqs = Object.entries(after).map(([device, seq]) => seq - (before[device] ?? 0));
    expect(seqs).toEqual([5]);
    const signed = opsOf(ws, team.incidentId).slice(-5);
    expect(signed.map((op) => [op.entity, op.sig !== null])).toEqual([
      ['statement', false],
      ['statementVariant', false],
      ['statementRevision', false],
      ['statementComment', false],
      ['rumour', true],
    ]);
    expect(rumour.correctionIds).toEqual([statementId]);
    const draft = readStatement(ws, statementId);
    // The title is published too (CAP headline): it names the claim without its false phrases.
    expect(draft).toMatchObject({ title: 'Correction: The driver is … from Eastbrook', phase: 'update', status: 'draft' });
    const text = draft.revisions[0]?.text ?? '';
    expect(text.startsWith('Police have not named the driver.')).toBe(true);
    expect(text).not.toMatch(/Omar|Hadid/);
    expect(text.endsWith('we will keep you updated.')).toBe(true);
    expect(draft.comments.map((c) => c.text)).toEqual(['Corrects rumour: The driver is Omar Hadid from Eastbrook']);
  });

  it('refuses an unverified or true rumour, and an operator who may not draft, changing nothing', async () => {
    const r = record('A second attacker is still at large', 25_000);
    const ops = () => opsOf(ws, team.incidentId).length;
    const held = ops();
    expect(() => correctRumour(ws, { id: r.id, language: 'en' })).toThrow(/only a rumour verified as false or misleading can be corrected; this one is unverified/);
    verdict(r.id, 'true', { facts: '' });
    expect(codeOf(() => correctRumour(ws, { id: r.id, language: 'en' }))).toBe('conflict');
    verdict(r.id, 'misleading', { facts: 'Police say one person acted alone.' });
    const verified = ops();
    expect(verified).toBe(held + 2);
    actAs(ws, team.incidentId, await liaison());
    expect(codeOf(() => correctRumour(ws, { id: r.id, language: 'en' }))).toBe('forbidden');
    expect(getRumour(ws, r.id).correctionIds).toEqual([]);
    expect(opsOf(ws, team.incidentId).filter((op) => op.entity === 'statement')).toEqual([]);
  });

  it('replicates: a peer holds the same rumours, correction and state', () => {
    const r = record('31 dead at the market', 40_000);
    verdict(r.id, 'false', { falsePhrases: ['31 dead'] });
    const { statementId } = correctRumour(ws, { id: r.id, language: 'en' });
    const peer = tempWorkspace(new TestClock(clock.ms));
    others.push(peer);
    peer.ops.applyRemote(opsOf(ws, team.incidentId));
    expect(getRumour(peer, r.id)).toEqual(getRumour(ws, r.id));
    expect(readStatement(peer, statementId).title).toBe('Correction: … at the market');
    expect(stateHash(peer.db, team.incidentId, entityDefs)).toBe(stateHash(ws.db, team.incidentId, entityDefs));
  });
});
