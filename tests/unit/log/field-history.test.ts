import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldHistory } from '../../../electron/core/log/field-history';
import { TestClock, opsOf, tempWorkspace } from '../../fixtures/temp-store';

type Ws = ReturnType<typeof tempWorkspace>;
const open: Ws[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

/** A console without the permission guard: who may edit is the roster's tests; here only the merge matters. */
function consoleOn(clock: TestClock): Ws {
  const ws = tempWorkspace(clock);
  ws.ops.setGuard(() => undefined);
  open.push(ws);
  return ws;
}

function openIncident(ws: Ws): string {
  const id = randomUUID();
  const at = new Date(ws.clock.now()).toISOString();
  const fields = { name: 'Field history', kind: 'other', mode: 'exercise', startedAt: at, createdAt: at, securityRiskLevel: 'elevated', securityRiskNote: '', escalationOutlook: 'unknown', operationalPeriod: '', areaDescription: '' };
  ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'add', fields }]);
  return id;
}

const setRisk = (ws: Ws, id: string, level: string) =>
  ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: { securityRiskLevel: level } }]);
const riskOf = (ws: Ws, id: string) => (ws.db.prepare('SELECT security_risk_level AS risk FROM incidents WHERE id = ?').get(id) as { risk: string }).risk;
const historyOf = (ws: Ws, id: string) => fieldHistory(ws, { incidentId: id, entity: 'incident', entityId: id, field: 'securityRiskLevel' });

describe('field history', () => {
  it('lists both values of a concurrent edit on two consoles and marks the same winner on each', () => {
    const clock = new TestClock();
    const [a, b] = [consoleOn(clock), consoleOn(clock)];
    const id = openIncident(a);
    b.ops.applyRemote(opsOf(a, id));

    // Both change the risk before either hears of the other's change.
    clock.advance(1000);
    setRisk(a, id, 'high');
    clock.advance(10);
    setRisk(b, id, 'critical');
    a.ops.applyRemote(opsOf(b, id));
    b.ops.applyRemote(opsOf(a, id));

    const onA = historyOf(a, id);
    expect(onA.map((c) => [c.value, c.deviceId, c.won])).toEqual([
      ['elevated', a.device.deviceId, false],
      ['high', a.device.deviceId, false],
      ['critical', b.device.deviceId, true],
    ]);
    // Every console holds the same ops, so every console shows the same history and the value the record holds won.
    expect(historyOf(b, id)).toEqual(onA);
    expect(riskOf(a, id)).toBe('critical');
    expect(riskOf(b, id)).toBe('critical');
  });

  it('breaks an HLC tie by device id, as the merge does', () => {
    const clock = new TestClock();
    const [a, b] = [consoleOn(clock), consoleOn(clock)];
    const id = openIncident(a);
    b.ops.applyRemote(opsOf(a, id));
    clock.advance(1000);
    const [fromA] = setRisk(a, id, 'low');
    const [fromB] = setRisk(b, id, 'none');
    a.ops.applyRemote(opsOf(b, id));
    expect(fromA?.hlc).toBe(fromB?.hlc);
    const winner = a.device.deviceId > b.device.deviceId ? 'low' : 'none';
    const last = historyOf(a, id).filter((c) => c.won);
    expect(last.map((c) => c.value)).toEqual([winner]);
    expect(riskOf(a, id)).toBe(winner);
  });

  it('leaves out the ops of the record that did not touch the field', () => {
    const clock = new TestClock();
    const a = consoleOn(clock);
    const id = openIncident(a);
    a.ops.commit(id, a.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: { operationalPeriod: 'Night shift' } }]);
    expect(historyOf(a, id).map((c) => c.value)).toEqual(['elevated']);
  });
});
