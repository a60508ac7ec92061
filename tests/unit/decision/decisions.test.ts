import { afterEach, describe, expect, it } from 'vitest';
import { decisionInputs } from '../../../shared/domain/priority';
import { listDecisions } from '../../../electron/core/domains/decision/read';
import { recordDecision } from '../../../electron/core/domains/decision/service';
import { verifyDecisions } from '../../../electron/core/domains/decision/verify';
import { listLog } from '../../../electron/core/domains/log/service';
import { addPriority } from '../../../electron/core/domains/priority/service';
import { TestClock, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { codeOf, openIncident } from '../roster/helpers';

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

async function withDecisions() {
  const ws = tempWorkspace(new TestClock());
  open.push(ws);
  const { incidentId } = await openIncident(ws);
  const [life] = addPriority(ws, { incidentId, title: 'Life safety', visibility: 'public' });
  const priorityIds = [life?.id ?? ''];
  const decide = (what: string) => recordDecision(ws, { incidentId, what, why: 'because', priorityIds, noPriorityReason: '' });
  const decisions = [decide('Close Elm Street'), decide('Open the reception centre'), decide('Brief faith leaders at 14:00')];
  return { ws, incidentId, decisions, priorityIds };
}

describe('the decision log', () => {
  it('refuses a decision that serves no priority and gives no reason, at the boundary and as an op', async () => {
    const { ws, incidentId } = await withDecisions();
    expect(decisionInputs.record.safeParse({ incidentId, what: 'Do it', priorityIds: [] }).success).toBe(false);
    expect(codeOf(() => recordDecision(ws, { incidentId, what: 'Do it', why: '', priorityIds: [], noPriorityReason: '' }))).toBe('invalid_input');
    // Even signed by a console that skipped the check, the op is refused where it is applied.
    const b = tempWorkspace(new TestClock());
    open.push(b);
    b.ops.applyRemote(opsOf(ws, incidentId));
    b.session.operator = ws.session.operator;
    b.ops.judge.rulesOff = true;
    recordDecision(b, { incidentId, what: 'Do it', why: '', priorityIds: [], noPriorityReason: '' });
    expect(judgedCode(ws, incidentId, () => ws.ops.applyRemote(opsOf(b, incidentId)))).toBe('invalid_input');
    expect(recordDecision(ws, { incidentId, what: 'Thank the volunteers', why: '', priorityIds: [], noPriorityReason: 'courtesy, not a priority' }).noPriorityReason).toBe(
      'courtesy, not a priority',
    );
  });

  it('chains each console’s decisions and shows them in the log with their priorities', async () => {
    const { ws, incidentId, decisions } = await withDecisions();
    expect(decisions[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyDecisions(ws, incidentId)).toEqual({ intact: true, checked: 3, problems: [] });
    expect(listDecisions(ws, incidentId).map((d) => d.what)).toEqual(['Brief faith leaders at 14:00', 'Open the reception centre', 'Close Elm Street']);
    const log = listLog(ws, { incidentId, entities: ['decision'], limit: 10, offset: 0 });
    expect(log.entries[0]?.summary).toBe('Decision: Brief faith leaders at 14:00 (serves “Life safety”)');
    expect(log.entries[0]?.authorName).toBe('Alex Rivera');
  });

  it('detects a stored decision altered in place, or removed', async () => {
    const { ws, incidentId, decisions } = await withDecisions();
    ws.db.prepare('UPDATE decisions SET what = ? WHERE id = ?').run('Keep Elm Street open', decisions[0]?.id);
    const altered = verifyDecisions(ws, incidentId);
    expect(altered.intact).toBe(false);
    expect(altered.problems).toContainEqual(expect.objectContaining({ decisionId: decisions[0]?.id, problem: 'altered' }));

    ws.db.prepare('DELETE FROM decisions WHERE id = ?').run(decisions[1]?.id);
    const removed = verifyDecisions(ws, incidentId).problems;
    expect(removed).toContainEqual(expect.objectContaining({ decisionId: decisions[1]?.id, problem: 'removed' }));
    // The next entry's link to the removed one breaks too, even if the ops were gone as well.
    ws.db.prepare("DELETE FROM ops WHERE entity_id = ?").run(decisions[1]?.id);
    expect(verifyDecisions(ws, incidentId).problems).toContainEqual(expect.objectContaining({ decisionId: decisions[2]?.id, problem: 'removed' }));
  });
});
