import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sitrepContentSchema } from '../../../shared/domain/sitrep';
import { TestClock, codeOf, judgedCode, opsOf, signedChunks, tempConcord } from '../../fixtures/temp-store';
import { HOUR, seedPicture, type Console } from './fixture';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('situation reports', () => {
  const open: Console[] = [];
  const consoleAt = async (ms: number) => {
    const c = await tempConcord(new TestClock(ms));
    open.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });
  const T0 = Date.parse('2026-11-21T09:00:00Z');
  const wsOf = (c: Console) => c.concord.store.current();
  /** A peer's ops, each device's chain in order, the devices in the order given. */
  const deliver = (to: Console, from: readonly Console[], incidentId: string) => {
    for (const peer of from) {
      const own = opsOf(wsOf(peer), incidentId).filter((op) => op.deviceId === wsOf(peer).device.deviceId);
      for (const chunk of signedChunks(own)) wsOf(to).ops.applyRemote(chunk);
    }
  };

  it('holds every section, each traced to the records it comes from, with the cut as its only "now"', async () => {
    const clock = new TestClock(T0);
    const a = await tempConcord(clock);
    open.push(a);
    const p = await seedPicture(a, clock);
    const preview = await a.call('sitrep:preview', { periodId: p.periodId });
    const content = sitrepContentSchema.parse(JSON.parse(preview.content));
    expect(preview.hash).toBe(sha256(preview.content));
    expect(content.period).toMatchObject({ id: p.periodId, number: 1, leadId: p.commanderId, objectives: [{ id: p.priorities.publicId, title: 'Protect Eastbrook' }] });
    expect(content.priorities.map((x) => [x.id, x.visibility])).toEqual([
      [p.priorities.publicId, 'public'],
      [p.priorities.internalId, 'internal'],
    ]);
    expect(content.decisions).toEqual({ sinceReportId: null, items: [expect.objectContaining({ id: p.decisionId, what: 'Double patrols at the mosque', priorityTitles: ['Protect Eastbrook'] })] });
    expect(content.actors.total).toBe(2);
    expect(content.actors.stale.map((x) => x.id)).toEqual([p.actors.staleId]);
    expect(content.protection).toEqual([expect.objectContaining({ id: p.needId, riskLevel: 'critical', openMeasures: [expect.objectContaining({ id: p.measureId, kind: 'patrol' })] })]);
    expect(content.backlash.total).toBe(1);
    expect(content.tasks).toMatchObject({ open: 2, overdueCount: 1, overdue: [{ id: p.overdueTaskId, title: 'Brief the imam' }] });
    expect(content.rumours.map((r) => r.id)).toEqual([p.rumourId]);
    expect(content.communities.map((x) => x.needId)).toEqual([p.needId]);
    expect(content.promises).toMatchObject({ open: 1, overdue: [{ id: p.overduePromiseId }] });
    expect(content.familyNeeds).toMatchObject({ households: 1, withoutLiaison: 1 });
    expect(content.familyNeeds.byField.filter((f) => f.open > 0)).toEqual([
      { field: 'medical', open: 1, overdue: 1 },
      { field: 'financial', open: 1, overdue: 0 },
    ]);
    // Counts only: the report travels beyond the readers of the family's sealed details.
    expect(preview.content).not.toContain('Samir');
    expect(preview.content).not.toContain('Injured 1');
    expect(content.asOfTime).toBe(new Date(clock.now()).toISOString());

    // The report's "now" is its cut: an hour later on this console's clock, with no new op, the report is the same.
    clock.advance(HOUR);
    expect((await a.call('sitrep:preview', { periodId: p.periodId })).content).toBe(preview.content);

    // The next report lists only the decisions taken since this one.
    await a.call('sitrep:generate', { periodId: p.periodId });
    const later = await a.call('decision:record', { incidentId: p.incidentId, what: 'Open a family assistance centre', priorityIds: [p.priorities.publicId] });
    const next = sitrepContentSchema.parse(JSON.parse((await a.call('sitrep:preview', { periodId: p.periodId })).content));
    expect(next.decisions.items.map((d) => d.id)).toEqual([later.id]);
  });

  it('is byte-identical on consoles holding the same ops, whatever order they came in and whatever their clocks say', async () => {
    const clockA = new TestClock(T0);
    const a = await tempConcord(clockA);
    open.push(a);
    const p = await seedPicture(a, clockA);
    // A second console, its clock 3 minutes ahead, adds records of its own in the commander's name.
    const b = await consoleAt(clockA.now() + 3 * 60_000);
    deliver(b, [a], p.incidentId);
    wsOf(b).session.operator = wsOf(a).session.operator;
    await b.call('task:create', { incidentId: p.incidentId, title: 'Staff welfare check', priorityId: p.priorities.publicId, dueAt: new Date(clockA.now() + 60_000).toISOString() });
    await b.call('period:handover', { id: p.periodId, handoverNote: 'Patrol 7 silent since 09:00.' });
    clockA.advance(60_000);
    await a.call('actor:create', { incidentId: p.incidentId, kind: 'fire', name: 'Engine 2' });

    deliver(a, [b], p.incidentId);
    deliver(b, [a], p.incidentId);
    const c = await consoleAt(clockA.now() + HOUR);
    deliver(c, [b, a], p.incidentId);
    const d = await consoleAt(clockA.now() - 60_000);
    deliver(d, [a, b], p.incidentId);

    const previews = await Promise.all([a, b, c, d].map((x) => x.call('sitrep:preview', { periodId: p.periodId })));
    const [first] = previews;
    for (const preview of previews) expect(preview.content).toBe(first?.content);
    const content = sitrepContentSchema.parse(JSON.parse(first?.content ?? ''));
    expect(content.tasks.overdue.map((t) => t.title)).toEqual(['Brief the imam', 'Staff welfare check']);
    expect(content.period.handoverNote).toBe('Patrol 7 silent since 09:00.');

    wsOf(d).session.operator = wsOf(a).session.operator;
    const filed = await d.call('sitrep:generate', { periodId: p.periodId });
    expect(filed.content).toBe(first?.content);
    deliver(a, [d], p.incidentId);
    expect((await a.call('sitrep:get', { id: filed.id })).content).toBe(first?.content);
  });

  it('is refused by the judge when a peer files a forged content and hash pair, or changes or deletes a report', async () => {
    const clock = new TestClock(T0);
    const a = await tempConcord(clock);
    open.push(a);
    const p = await seedPicture(a, clock);
    const filed = await a.call('sitrep:generate', { periodId: p.periodId });
    const b = await consoleAt(clock.now());
    deliver(b, [a], p.incidentId);
    const forger = wsOf(a);
    const honest = wsOf(b);
    const forged = JSON.stringify({ ...JSON.parse(filed.content), rumours: [] });
    const attempts: { periodId: string; asOf: string; content: string; hash: string }[] = [
      { periodId: p.periodId, asOf: filed.asOf, content: forged, hash: filed.hash },
      { periodId: p.periodId, asOf: filed.asOf, content: forged, hash: sha256(`${forged} `) },
    ];
    forger.ops.judge.rulesOff = true;
    for (const fields of attempts) {
      const held = new Set(opsOf(forger, p.incidentId).map((op) => op.hash));
      forger.ops.commit(p.incidentId, forger.author(), [{ entity: 'sitrep', entityId: crypto.randomUUID(), action: 'add', fields }]);
      const sent = opsOf(forger, p.incidentId).filter((op) => !held.has(op.hash));
      expect(judgedCode(honest, p.incidentId, () => honest.ops.applyRemote(sent))).toBe('invalid_input');
    }
    forger.ops.judge.rulesOff = false;
    expect(codeOf(() => forger.ops.commit(p.incidentId, forger.author(), [{ entity: 'sitrep', entityId: filed.id, action: 'set', fields: { content: forged } }]))).toBe('invalid_input');
    expect(codeOf(() => forger.ops.commit(p.incidentId, forger.author(), [{ entity: 'sitrep', entityId: filed.id, action: 'delete', fields: {} }]))).toBe('invalid_input');
    expect((await b.call('sitrep:get', { id: filed.id })).content).toBe(filed.content);
    expect((await b.call('sitrep:list', { incidentId: p.incidentId })).sitreps.map((s) => s.id)).toEqual([filed.id]);
  });
});
