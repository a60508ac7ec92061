import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../electron/core/domains/decision/service';
import { writeNote } from '../../../electron/core/domains/log/service';
import { builtInPlaybook } from '../../../electron/core/domains/playbook';
import { adoptPlaybook, setState } from '../../../electron/core/domains/playbook/service';
import { playbookItems } from '../../../electron/core/domains/playbook/read';
import { addPriority, removePriority } from '../../../electron/core/domains/priority/service';
import { createPromise, updatePromise } from '../../../electron/core/domains/promise/service';
import { reviewHandlers } from '../../../electron/core/domains/review/handlers';
import { afterAction } from '../../../electron/core/domains/review/report';
import { approve, createStatement, publish, requestReview, revise } from '../../../electron/core/domains/statement/service';
import { afterActionSchema } from '../../../shared/domain/review';
import { generateSigningKey } from '../../../electron/core/kernel/ops/signing';
import { TestClock, opsOf } from '../../fixtures/temp-store';
import { actAs, openTeamIncident } from '../../fixtures/statement-team';
import { workspacesPerTest, type Ws } from '../../fixtures/workspaces';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-21T09:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * MINUTE).toISOString();
const workspace = workspacesPerTest();

/**
 * An incident whose every record is stamped at a chosen minute after its start (T0), in time order (a console's HLC
 * never goes back), written on console `a`; the last op is a log note at minute 200, the report's "now".
 */
async function exercise(a: Ws, clock: TestClock) {
  const team = await openTeamIncident(a);
  const { incidentId } = team;
  const minute = (m: number) => {
    clock.ms = T0 + m * MINUTE;
  };
  const as = (person: string) => actAs(a, incidentId, person);
  const priorityId = (title: string, list: { id: string; title: string }[]) => list.find((p) => p.title === title)?.id ?? '';
  addPriority(a, { incidentId, title: 'Protect Eastbrook', rationale: '', visibility: 'public' });
  addPriority(a, { incidentId, title: 'Identify the driver', rationale: '', visibility: 'internal' });
  const priorities = addPriority(a, { incidentId, title: 'Reopen the market', rationale: '', visibility: 'public' });
  const [eastbrook, driver, market] = ['Protect Eastbrook', 'Identify the driver', 'Reopen the market'].map((t) => priorityId(t, priorities));
  const decide = (m: number, what: string, priorityIds: string[], noPriorityReason = '') => {
    minute(m);
    return recordDecision(a, { incidentId, what, why: '', priorityIds, noPriorityReason }).id;
  };
  const patrols = decide(5, 'Double patrols at the mosque', [eastbrook ?? '']);
  const cctv = decide(10, 'Share CCTV with the mosque committee', [eastbrook ?? '', driver ?? '']);
  const welfare = decide(12, 'Rest the night shift', [], 'Staff welfare');
  const traders = decide(14, 'Tell traders the market stays shut', [market ?? '']);
  removePriority(a, { incidentId, id: market ?? '' });

  minute(15);
  const playbook = adoptPlaybook(a, incidentId, 'first-72-hours');
  const [firstItem] = playbookItems(a, playbook.id).items;
  minute(16);
  const broken = createPromise(a, { incidentId, text: 'Call the imam back', ownerId: team.mayor, dueAt: at(60) });
  const pending = createPromise(a, { incidentId, text: 'Send the interpreter', ownerId: team.mayor, dueAt: at(180) });

  // "First statement": drafted at 20, sent for review at 25, approved at 37, published at 40; promises an update within the hour.
  as(team.spokesperson);
  minute(20);
  const first = createStatement(a, { incidentId, title: 'First statement', phase: 'first-official', language: 'en', text: 'Stay away from Quay Street. We stand together.' });
  minute(25);
  requestReview(a, { statementId: first.id, note: '' });
  as(team.mayor);
  minute(30);
  setState(a, firstItem?.id ?? '', 'done', '');
  minute(37);
  approve(a, { statementId: first.id, revisionIds: [first.variants[0]?.currentRevisionId ?? ''], acknowledgePerpetratorNames: false });
  as(team.spokesperson);
  minute(40);
  publish(a, { statementId: first.id, channels: ['press'] });
  as(team.mayor);
  minute(70);
  updatePromise(a, broken.id, { status: 'not kept' });
  as(team.spokesperson);

  // "Update 2", in English and Arabic: the English text approved 25 minutes after its submission, the Arabic 41.
  minute(90);
  const update = createStatement(a, { incidentId, title: 'Update 2', phase: 'update', language: 'en', text: 'Six people are in hospital. We stand together.', updateIntervalMinutes: 30 });
  minute(92);
  const arabic = revise(a, { statementId: update.id, language: 'ar', text: 'ستة أشخاص في المستشفى.' });
  minute(95);
  requestReview(a, { statementId: update.id, note: '' });
  const revisionOf = (language: string) => arabic.variants.find((v) => v.language === language)?.currentRevisionId ?? '';
  as(team.deputy);
  minute(120);
  approve(a, { statementId: update.id, revisionIds: [revisionOf('en')], acknowledgePerpetratorNames: false });
  minute(136);
  approve(a, { statementId: update.id, revisionIds: [revisionOf('ar')], acknowledgePerpetratorNames: false });
  as(team.spokesperson);
  minute(150);
  publish(a, { statementId: update.id, channels: ['press'] });

  // "Update 3" waits in review.
  minute(160);
  const third = createStatement(a, { incidentId, title: 'Update 3', phase: 'update', language: 'en', text: 'The cordon is lifted at Mill Bridge.' });
  minute(165);
  requestReview(a, { statementId: third.id, note: '' });

  // Three edits console `a` lets through with its rules off; every honest console refuses them.
  minute(190);
  a.ops.judge.rulesOff = true;
  as(team.observer);
  a.ops.commit(incidentId, a.author(), [{ entity: 'priority', entityId: randomUUID(), action: 'add', fields: { title: 'Observer’s own priority', rationale: '', visibility: 'public', rank: 'z' } }]);
  as(team.spokesperson);
  const unapproved = { statementId: third.id, kind: 'publish' as const, channels: ['press' as const], revisionIds: [third.variants[0]?.currentRevisionId ?? ''], note: '' };
  a.ops.commit(incidentId, a.author(), [{ entity: 'statementTransition', entityId: randomUUID(), action: 'add', fields: unapproved }]);
  const notTheDeputysKey = { id: team.deputy, key: generateSigningKey() };
  a.ops.commit(incidentId, notTheDeputysKey, [{ entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: 'Stand the patrols down.' } }]);
  a.ops.judge.rulesOff = false;
  as(team.mayor);
  minute(200);
  writeNote(a, incidentId, 'Shift change at the mosque.');
  return { team, first, update, third, decisions: { patrols, cctv, welfare, traders }, priorities: { eastbrook, driver }, firstItem, broken, pending };
}

describe('the after-action report', () => {
  it('gives each figure from the records, its "now" the newest op, read by any signed-in console', async () => {
    const clock = new TestClock(T0);
    const a = workspace(clock);
    const x = await exercise(a, clock);
    const { incidentId } = x.team;
    const honestClock = new TestClock(T0 + 300 * MINUTE);
    const b = workspace(honestClock);
    b.ops.applyRemote(opsOf(a, incidentId));
    actAs(b, incidentId, x.team.observer);
    const report = afterActionSchema.parse(await reviewHandlers(() => b)['review:afterAction']({ incidentId }));

    expect(report.asOfTime).toBe(at(200));
    expect(report.decisions.priorities.map((p) => [p.rank, p.title, p.visibility, p.decisions.map((d) => d.id)])).toEqual([
      [1, 'Protect Eastbrook', 'public', [x.decisions.patrols, x.decisions.cctv]],
      [2, 'Identify the driver', 'internal', [x.decisions.cctv]],
    ]);
    expect(report.decisions.priorities[0]?.decisions[0]).toEqual({ id: x.decisions.patrols, at: at(5), what: 'Double patrols at the mosque', decidedByName: 'Mayor Ana Ruiz' });
    expect(report.decisions.unlinked.map((d) => [d.id, d.noPriorityReason, d.priorityTitles])).toEqual([
      [x.decisions.welfare, 'Staff welfare', []],
      [x.decisions.traders, null, ['Reopen the market']],
    ]);

    const { statements } = report;
    expect(statements.published.map((s) => [s.title, s.firstDraftAt, s.publishedAt, s.turnaroundMinutes])).toEqual([
      ['First statement', at(20), at(40), 20],
      ['Update 2', at(90), at(150), 60],
    ]);
    expect(statements.published[1]?.approvals).toEqual([
      { language: 'ar', submittedAt: at(95), approvedAt: at(136), approverName: 'Deputy Mayor Li', minutes: 41 },
      { language: 'en', submittedAt: at(95), approvedAt: at(120), approverName: 'Deputy Mayor Li', minutes: 25 },
    ]);
    expect(statements.turnaround).toEqual({ count: 2, medianMinutes: 40, longest: { minutes: 60, statementId: x.update.id, title: 'Update 2', language: null } });
    expect(statements.approval).toEqual({ count: 3, medianMinutes: 25, longest: { minutes: 41, statementId: x.update.id, title: 'Update 2', language: 'ar' } });
    expect(statements.unpublished).toEqual([{ id: x.third.id, title: 'Update 3', status: 'in-review', firstDraftAt: at(160), waitingMinutes: 40 }]);

    // The first statement promised an update by 100 and the next came at 150; the second promised one by 180 and none came by 200.
    expect(report.updates).toEqual({
      publications: 2,
      late: [
        { statementId: x.first.id, title: 'First statement', publishedAt: at(40), intervalMinutes: 60, dueAt: at(100), nextPublishedAt: at(150), lateMinutes: 50 },
        { statementId: x.update.id, title: 'Update 2', publishedAt: at(150), intervalMinutes: 30, dueAt: at(180), nextPublishedAt: null, lateMinutes: 20 },
      ],
    });

    const { refusals } = report;
    expect(refusals.total).toBe(3);
    expect(refusals.byKind).toEqual([
      { kind: 'no role', count: 1 },
      { kind: 'not their signature', count: 1 },
      { kind: 'rule of the record', count: 1 },
    ]);
    expect(refusals.byAuthor).toEqual([
      { author: x.team.deputy, authorName: 'Deputy Mayor Li', count: 1 },
      { author: x.team.observer, authorName: 'Olu Observer', count: 1 },
      { author: x.team.spokesperson, authorName: 'Sam Okafor', count: 1 },
    ]);
    expect(refusals.items.map((r) => [r.at, r.authorName, r.kind, r.reapplied])).toEqual([
      [at(190), 'Olu Observer', 'no role', false],
      [at(190), 'Sam Okafor', 'rule of the record', false],
      [at(190), 'Deputy Mayor Li', 'not their signature', false],
    ]);
    expect(refusals.items[1]?.reason).toMatch(/has no approval/);

    // Every item of the playbook due by minute 200 is overdue but the first, ticked 30 minutes late.
    const dueBy200 = builtInPlaybook('first-72-hours').items.filter((i) => i.offsetMinutes < 200);
    expect(report.playbook.doneLate).toEqual([{ id: x.firstItem?.id, text: x.firstItem?.text, dueAt: at(0), doneAt: at(30), lateMinutes: 30 }]);
    expect(report.playbook.overdue.map((i) => [i.text, i.lateMinutes])).toEqual(dueBy200.slice(1).map((i) => [i.text, 200 - i.offsetMinutes]));

    expect(report.promises.map((p) => [p.id, p.outcome, p.ownerName])).toEqual([
      [x.broken.id, 'not kept', 'Mayor Ana Ruiz'],
      [x.pending.id, 'overdue', 'Mayor Ana Ruiz'],
    ]);

    // Its "now" is the newest op, not the console's clock: an hour later, with no new op, the report is the same.
    honestClock.advance(60 * MINUTE);
    expect(afterAction(b, incidentId)).toEqual(report);
  });

  it('answers not_found for an incident this console does not hold, and an empty report for a fresh one', async () => {
    const ws = workspace(new TestClock(T0));
    expect(() => afterAction(ws, randomUUID())).toThrow(expect.objectContaining({ code: 'not_found' }));
    const team = await openTeamIncident(ws);
    const report = afterAction(ws, team.incidentId);
    expect(report.decisions).toEqual({ priorities: [], unlinked: [] });
    expect(report.statements).toEqual({ published: [], turnaround: null, approval: null, unpublished: [] });
    expect(report.updates).toEqual({ publications: 0, late: [] });
    expect(report.refusals.total).toBe(0);
  });
});
