import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordDecision } from '../../../electron/core/domains/decision/service';
import { verifyDecisions } from '../../../electron/core/domains/decision/verify';
import { addPriority, updatePriority } from '../../../electron/core/domains/priority/service';
import { checkDraft } from '../../../electron/core/domains/statement/checking';
import { readStatement } from '../../../electron/core/domains/statement/read';
import { approve, createStatement } from '../../../electron/core/domains/statement/service';
import { draftUpdate } from '../../../electron/core/domains/statement/update';
import { createTask, updateTask } from '../../../electron/core/domains/task/service';
import { getTask } from '../../../electron/core/domains/task/read';
import { TestClock, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, openTeamIncident, type Team } from '../../fixtures/statement-team';

type Ws = ReturnType<typeof tempWorkspace>;
let ws: Ws;
let team: Team;
let ids: Record<'life' | 'backlash' | 'recovery', string>;

const noClaims = { falseClaims: () => [] };

beforeEach(async () => {
  ws = tempWorkspace(new TestClock());
  team = await openTeamIncident(ws);
  const add = (title: string, visibility: 'public' | 'internal') => addPriority(ws, { incidentId: team.incidentId, title, visibility }).find((p) => p.title === title)?.id ?? '';
  ids = {
    life: add('Protect life and prevent further violence', 'public'),
    recovery: add('Reopen the Riverside Quarter safely', 'internal'),
    backlash: add('Protect communities at risk of backlash', 'public'),
  };
});
afterEach(() => ws.close());

const task = (title: string, fields: Partial<Parameters<typeof createTask>[1]> = {}) => createTask(ws, { incidentId: team.incidentId, title, priorityId: ids.backlash, ...fields });

describe('task barrier and public, decision publishable', () => {
  it('round-trip through create and update; tasks and decisions made without them read as none and not public', () => {
    const plain = task('Arrange barriers on Cable Street');
    expect(plain).toMatchObject({ barrier: '', public: false });
    const told = task('Remove the graffiti at the mosque gate', { status: 'blocked', barrier: 'Waiting for the police to record it as evidence', public: true });
    expect(getTask(ws, told.id)).toMatchObject({ barrier: 'Waiting for the police to record it as evidence', public: true });
    expect(updateTask(ws, told.id, { barrier: '', public: false })).toMatchObject({ barrier: '', public: false });
    expect(() => updateTask(ws, told.id, { barrier: 'x'.repeat(1001) })).toThrow();
    const open = recordDecision(ws, { incidentId: team.incidentId, what: 'Vigil at Mill Bridge on Sunday', why: '', priorityIds: [ids.backlash], noPriorityReason: '', publishable: true });
    const closed = recordDecision(ws, { incidentId: team.incidentId, what: 'Extra patrols', why: '', priorityIds: [ids.life], noPriorityReason: '' });
    expect([open.publishable, closed.publishable]).toEqual([true, false]);
    expect(verifyDecisions(ws, team.incidentId)).toMatchObject({ intact: true, checked: 2 });
  });

  it('a decision marked publishable in its table behind the op log breaks its chain', () => {
    const d = recordDecision(ws, { incidentId: team.incidentId, what: 'Extra patrols', why: '', priorityIds: [ids.life], noPriorityReason: '' });
    ws.db.prepare('UPDATE decisions SET publishable = 1 WHERE id = ?').run(d.id);
    expect(verifyDecisions(ws, team.incidentId).problems).toEqual([expect.objectContaining({ decisionId: d.id, problem: 'altered' })]);
  });
});

describe('statement:draftUpdate', () => {
  it('says so when there is nothing new to tell, and still names the public priorities', () => {
    actAs(ws, team.incidentId, team.spokesperson);
    const text = draftUpdate(ws, { incidentId: team.incidentId, language: 'en' }).revisions[0]?.text ?? '';
    expect(text).toContain('There is nothing new to report since our last update.');
    expect(text).toContain('2. Protect communities at risk of backlash.');
  });

  describe('with public and internal work recorded', () => {
    beforeEach(() => {
      task('Overnight police presence at Linden Street', { status: 'done', public: true });
      task('Visit the reception centre with an interpreter', { status: 'in progress', public: true, barrier: 'The Dari interpreter arrives at 18:00' });
      task('Photograph the graffiti at the mosque gate', { status: 'blocked', public: true, barrier: 'Waiting for the forensic team' });
      task('Call the Eastbrook Muslim Council', { status: 'to do', public: true });
      task('Confirm police cover for Friday prayers at Eastbrook Mosque', { status: 'in progress' });
      recordDecision(ws, { incidentId: team.incidentId, what: 'The family assistance centre stays open overnight', why: '', priorityIds: [ids.life], noPriorityReason: '', publishable: true });
      recordDecision(ws, { incidentId: team.incidentId, what: 'Ask the national team for two more liaison officers', why: '', priorityIds: [ids.backlash], noPriorityReason: '' });
      actAs(ws, team.incidentId, team.spokesperson);
    });

    it('drafts public priorities in rank order, public tasks with their barriers and publishable decisions, nothing internal', () => {
      const s = draftUpdate(ws, { incidentId: team.incidentId, language: 'en' });
      expect(s).toMatchObject({ phase: 'update', status: 'draft', title: 'Update: Attack at the Central Mosque' });
      const text = s.revisions[0]?.text ?? '';
      expect(text.indexOf('1. Protect life and prevent further violence.')).toBeGreaterThan(0);
      expect(text.indexOf('2. Protect communities at risk of backlash.')).toBeGreaterThan(text.indexOf('1. Protect life'));
      expect(text).toContain('- Done: Overnight police presence at Linden Street.');
      expect(text).toContain('- Under way: Visit the reception centre with an interpreter. Barrier or delay: The Dari interpreter arrives at 18:00.');
      expect(text).toContain('- Held up: Photograph the graffiti at the mosque gate. Barrier or delay: Waiting for the forensic team.');
      expect(text).toContain('- The family assistance centre stays open overnight.');
      for (const internal of ['Reopen the Riverside Quarter', 'Friday prayers', 'Call the Eastbrook Muslim Council', 'liaison officers']) expect(text).not.toContain(internal);
      const findings = checkDraft(ws, noClaims, { incidentId: team.incidentId, phase: 'update', language: 'en', text });
      expect(findings.filter((f) => f.severity === 'blocking')).toEqual([]);
    });

    it('leaves out a priority made internal, drafts in Spanish, and refuses a language without a template', () => {
      actAs(ws, team.incidentId, team.mayor);
      updatePriority(ws, { incidentId: team.incidentId, id: ids.backlash, changes: { visibility: 'internal' } });
      actAs(ws, team.incidentId, team.spokesperson);
      const es = draftUpdate(ws, { incidentId: team.incidentId, language: 'es' }).revisions[0]?.text ?? '';
      expect(es).toContain('1. Protect life and prevent further violence.');
      expect(es).not.toContain('Protect communities at risk of backlash');
      expect(es).toContain('Obstáculo o retraso: Waiting for the forensic team.');
      expect(() => draftUpdate(ws, { incidentId: team.incidentId, language: 'de' })).toThrow(/no update template/);
    });
  });
});

describe('an internal priority or task quoted in a statement', () => {
  const quoting = () => {
    actAs(ws, team.incidentId, team.spokesperson);
    const s = createStatement(ws, { incidentId: team.incidentId, title: 'Update', phase: 'update', language: 'en', text: 'We are working to reopen the Riverside Quarter safely.' });
    actAs(ws, team.incidentId, team.mayor);
    return { s, revisionIds: [s.variants[0]?.currentRevisionId ?? ''] };
  };

  it('is a blocking finding of the check', () => {
    const findings = checkDraft(ws, noClaims, { incidentId: team.incidentId, phase: 'update', language: 'en', text: 'We will reopen the Riverside Quarter safely.' });
    expect(findings.filter((f) => f.severity === 'blocking')).toEqual([expect.objectContaining({ rule: 'internal-priority-disclosed' })]);
  });

  it('is refused without the approver’s acknowledgement, and accepted with it', () => {
    const { s, revisionIds } = quoting();
    expect(() => approve(ws, { statementId: s.id, revisionIds, acknowledgePerpetratorNames: false })).toThrow(/internal/);
    const approved = approve(ws, { statementId: s.id, revisionIds, acknowledgePerpetratorNames: false, acknowledgeInternal: true });
    expect(approved.approvals[0]?.acknowledgedInternal).toBe(true);
    expect(approved.status).toBe('approved');
  });

  it('the judge refuses an approval op that skips the service when the text quotes an internal priority', () => {
    const { s } = quoting();
    const revision = s.revisions[0];
    if (!revision) throw new Error('no revision');
    const fields = { statementId: s.id, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    const commit = (acknowledgedInternal: boolean) => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'statementApproval', entityId: randomUUID(), action: 'add', fields: { ...fields, acknowledgedInternal } }]);
    expect(() => commit(false)).toThrow(/internal priority/);
    expect(() => commit(true)).not.toThrow();
  });

  it('an approval written before the rule (no acknowledgedInternal) keeps its verdict', () => {
    const { s } = quoting();
    const revision = s.revisions[0];
    if (!revision) throw new Error('no revision');
    const legacy = { statementId: s.id, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'statementApproval', entityId: randomUUID(), action: 'add', fields: legacy }]);
    expect(readStatement(ws, s.id).approvals[0]?.acknowledgedInternal).toBe(false);
  });

  it('the judge reads the priority as it stood at the approval: made internal later, an earlier approval stands', () => {
    actAs(ws, team.incidentId, team.spokesperson);
    const s = createStatement(ws, { incidentId: team.incidentId, title: 'Update', phase: 'update', language: 'en', text: 'We protect communities at risk of backlash.' });
    actAs(ws, team.incidentId, team.mayor);
    approve(ws, { statementId: s.id, revisionIds: [s.variants[0]?.currentRevisionId ?? ''], acknowledgePerpetratorNames: false });
    updatePriority(ws, { incidentId: team.incidentId, id: ids.backlash, changes: { visibility: 'internal' } });
    expect(readStatement(ws, s.id).status).toBe('approved');
    expect(readStatement(ws, s.id).approvals[0]?.acknowledgedInternal).toBe(false);
  });

  it('a task not public is refused by the service; the judge, which has no task facts, leaves it to the service', () => {
    task('Photograph and remove the graffiti at the mosque gate');
    actAs(ws, team.incidentId, team.spokesperson);
    const s = createStatement(ws, { incidentId: team.incidentId, title: 'Update', phase: 'update', language: 'en', text: 'Today we photograph and remove the graffiti at the mosque gate.' });
    actAs(ws, team.incidentId, team.mayor);
    const revisionIds = [s.variants[0]?.currentRevisionId ?? ''];
    expect(() => approve(ws, { statementId: s.id, revisionIds, acknowledgePerpetratorNames: false })).toThrow(/internal/);
    expect(approve(ws, { statementId: s.id, revisionIds, acknowledgePerpetratorNames: false, acknowledgeInternal: true }).status).toBe('approved');
  });
});
